# `dynsync fix` (src/fix/, src/commands/fix.rs): Dynamics 관리자의 로그인으로 Dynamics 쪽을
# 복구하는 변경 계획, 그 적용, 그리고 수동으로 해야 하는 작업.

## The records a change applies to. $user is a user's name and id; $id a record's id.

fix-target-user = systemuser { $user }
fix-target-user-settings = { $user }의 usersettings
fix-target-new-app-user = systemuser: 앱 { $client_id }의 새 애플리케이션 사용자
fix-target-step = sdkmessageprocessingstep "{ $step }" ({ $id })
fix-target-config = { $table } "Default" ({ $id }), Marketo User
# The application user the plan creates, named before it exists.
fix-new-app-user = 앱 { $client_id }의 새 애플리케이션 사용자

## Before → after.

fix-state-disabled = 사용 안 함
fix-state-enabled = 사용
fix-state-none = 없음
fix-state-nobody = 아무도 없음
fix-state-no-roles = 보안 역할 없음
fix-state-no-email = 전자 메일 없음
# $business_unit is the business unit's id.
fix-state-app-user = 사업부 { $business_unit }의 애플리케이션 사용자, 전자 메일 { $email }
fix-state-role = { $role }(사업부 { $business_unit })
fix-state-english = { $lcid }(영어)

## What each action does, as the plan shows it.

fix-action = { $action ->
        [create_app_user] 애플리케이션 사용자 만들기
        [enable_app_user] 애플리케이션 사용자 사용
        [associate_role] Marketo Sync User 역할 부여
        [set_config_user] Marketo Config의 Marketo User 설정
        [enable_step] 플러그 인 단계 사용
       *[set_ui_language] UI 언어를 영어로 설정
    }

## What stays manual.

fix-manual-not-member = { $user }은(는) { $host }의 사용자가 아닙니다. Dynamics 365 라이선스를 할당한 다음(Microsoft 365 관리 센터 → 사용자 (Users) → 해당 사용자 → 라이선스 (Licenses)), Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 사용자 (Users) → 사용자 추가 (Add user)에서 추가하십시오. 그런 다음 dynsync fix를 다시 실행하십시오.
fix-manual-user-disabled = 동기화 사용자 { $user }이(가) 사용 안 함 상태입니다. 라이선스가 있는 사용자는 Dynamics가 아니라 Microsoft 365에서 사용하도록 설정됩니다. Microsoft 365 관리 센터 → 사용자 (Users) → 해당 사용자 → 로그인 차단을 해제하고 Dynamics 365 라이선스를 할당하십시오. 몇 분 안에 환경에서 사용하도록 설정됩니다.
fix-manual-create-app-user = 애플리케이션 사용자를 직접 만드십시오: Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 새 앱 사용자 (New app user) → 앱 { $client_id } → 루트 사업부 → 보안 역할 "Marketo Sync User".
fix-manual-no-role = 사용자의 사업부에 { $role } 역할이 없습니다. Marketo 솔루션을 가져온 다음(Marketo → 관리 (Admin) → CRM → Microsoft → Marketo 솔루션 다운로드 (Download Marketo Solution), Dynamics → 설정 (Settings) → 솔루션 (Solutions) → 가져오기 (Import)) dynsync fix를 다시 실행하십시오.
fix-manual-solution = { $solution } 솔루션이 설치되어 있지 않습니다. Marketo에서 다운로드하고(관리 (Admin) → CRM → Microsoft → Marketo 솔루션 다운로드 (Download Marketo Solution)) Dynamics에서 가져온 다음(설정 (Settings) → 솔루션 (Solutions) → 가져오기 (Import)) 모든 사용자 지정을 게시하십시오. 그런 다음 dynsync fix를 다시 실행하십시오.
fix-manual-config = Dynamics → 설정 (Settings) → Marketo Config → Default → Marketo User: 동기화 사용자 → 저장 (Save) → 모든 사용자 지정 게시 (Publish All Customizations)(dynsync가 Default 행이나 Marketo User 조회 필드를 찾을 수 없습니다).
fix-manual-enable-app-user = 직접 사용하도록 설정하십시오: Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 앱의 사용자 → 활성화 (Activate)
# $status is the HTTP status; $why Dataverse's message.
fix-write-refused = Dataverse가 변경을 거부했습니다(HTTP { $status }): { $why }
fix-not-sent-no-app-user = 전송 안 함: 애플리케이션 사용자를 만들 수 없습니다

## The command's screens.

fix-nothing-to-fix = Dynamics 쪽에서 수정할 것이 없습니다.
fix-sign-in-first = dynsync fix는 동기화 사용자가 로그인할 수 있게 된 후에 Dynamics 쪽을 복구합니다. 먼저 위의 실패한 로그인 검사를 수정한 다음(각 조치 참조) dynsync fix를 다시 실행하십시오.
fix-signing-in = 변경하려면 Dynamics 관리자(Dataverse 시스템 관리자 (System Administrator) 역할)가 { $host }에 로그인해야 합니다. 토큰은 이번 실행에만 사용되며 저장되지 않습니다.
# $count is the number of changes.
fix-plan-heading = { $count ->
        [0] 여기서 할 변경이 없습니다.
        [one] 계획: 변경 { $count }개
       *[other] 계획: 변경 { $count }개
    }
# One planned change: $n its number, $check the check it repairs, $action what it does
# (fix-action), $target the record.
fix-plan-change = { $n }. { $check }: { $action }
    레코드: { $target }
    { $from } → { $to }
fix-manual-heading = 직접 해야 할 작업:
fix-manual-item = { $check }: { $steps }
fix-ask-apply = { $count ->
        [one] 이 변경을 적용하시겠습니까?
       *[other] 이 변경 { $count }개를 적용하시겠습니까?
    }
fix-dry-run = 시험 실행: 아무것도 변경되지 않았습니다.
fix-declined = 아무것도 변경되지 않았습니다.
fix-refuse-no-terminal = dynsync fix는 계획이 확인된 후에만 Dynamics를 변경합니다. 터미널에서 실행하여 응답하거나, --dry-run으로 계획을 확인하거나, 스크립트에서는 --yes로 확인하십시오.
fix-applied = ✓ { $action }: { $target }
fix-failed = ✗ { $action }: { $target } — { $error }
fix-validating-again = 연결 자체의 자격 증명으로 다시 검사하는 중…
fix-needs-profile = dynsync fix에는 --profile NAME(또는 --demo)이 필요합니다. 저장된 연결을 검사하고 복구합니다.
# `fix --demo`: the scenario repaired. $about is the scenario's description.
fix-demo-banner = 데모 테넌트(루프백 HTTPS에서 시뮬레이션된 Azure AD + Dataverse, 이 컴퓨터 밖으로 아무것도 나가지 않음): 시나리오 { $scenario } — { $about }
# The admin's token was refused a read the plan needs. $error is Dataverse's answer.
fix-admin-refused = Dataverse가 관리자의 읽기를 거부했습니다({ $error }). 관리자에게 이 환경의 시스템 관리자 (System Administrator) 보안 역할이 필요합니다(Power Platform 관리 센터 → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 사용자 (Users) → 해당 관리자 → 보안 역할 관리 (Manage security roles)).
# Over the report of the last validation. $host is the org's host.
fix-report-heading = { $host } 다시 검사
# Over the report when nothing was changed.
fix-report-heading-first = { $host } 검사

## What the admin read for the checks the sync user could not read.

fix-read-heading = 관리자의 로그인으로 읽음(동기화 사용자는 읽지 못할 수 있음):
fix-read-solution = { $solution } { $version }이(가) 설치되어 있습니다
fix-read-steps = { $disabled ->
        [0] 솔루션의 플러그 인 단계 { $total }개가 모두 사용하도록 설정되어 있습니다
       *[other] 플러그 인 단계 { $total }개 중 { $disabled }개가 사용 안 함 상태입니다
    }
fix-read-config = Marketo Config "Default"에 { $user }이(가) 지정되어 있습니다
