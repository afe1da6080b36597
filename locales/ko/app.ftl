# `dynsync app create` 및 `dynsync app show` (src/commands/app/).

app-demo-banner = [demo] 시뮬레이션된 테넌트와 시뮬레이션된 Azure 관리자입니다. 실제로 만들거나 변경되는 것은 없습니다.
app-show-demo-creating = [demo] 먼저 데모 앱을 등록한 다음(`dynsync app create --demo`와 동일) 표시합니다.
app-org-url-missing = 조직 URL이 없습니다. --org-url URL을 지정하십시오(또는 DYNSYNC_ORG_URL 설정). 예: https://contoso.crm.dynamics.com.
app-needs-profile = --profile NAME을 지정하십시오. 새 클라이언트 암호 값은 해당 프로필 아래 OS 키링에 저장됩니다(프로필이 없으면 만들어짐). 또는 --print-secret을 지정하면 값이 파이프용으로 stdout에 기록됩니다. 아무것도 만들어지지 않았습니다.
app-password-stdin-tty = --password-stdin은 터미널이 아닌 파이프에서 동기화 사용자의 암호를 읽습니다: echo … | dynsync app create --password-stdin …, 또는 DYNSYNC_PASSWORD를 설정하십시오.
app-secret-expires-past = --secret-expires { $date }은(는) 미래 날짜가 아닙니다. 더 나중 날짜나 --secret-months N을 지정하십시오.
app-no-tenant = { $org }이(가) 로그인 챌린지에서 Azure AD 테넌트를 알려 주지 않았습니다. --tenant ID|DOMAIN을 지정하십시오.

app-status-created = 만들어짐
app-status-there = 이미 있음
app-status-refused = 거부됨
app-status-created-keyring = 만들어짐, 값은 OS 키링에 저장됨(표시되지 않음)
app-status-created-printed = 만들어짐, 값은 stdout에 기록됨

app-step-dynamics = Dynamics CRM 서비스 주체, 범위 user_impersonation ({ $scope_id })
app-step-app = 애플리케이션 { $name }(클라이언트 ID { $client_id })
app-step-sp = 서비스 주체 { $id }
app-step-consent = 관리자 동의: Dynamics CRM에 대한 테넌트 전체 위임된 권한 user_impersonation
app-step-secret = 클라이언트 암호 { $key_id }(만료일 { $expires })
app-step-secret-new = 새 클라이언트 암호
app-step-hrd = 홈 영역 검색(HRD) 정책 { $id } (AllowCloudPasswordValidation)
app-secret-kept-print = 클라이언트 암호: 프로필의 암호가 아직 앱에 있으므로 추가하지 않았고 아무것도 출력하지 않았습니다. 다른 암호를 만들려면 --new-secret을 지정하십시오.
app-hrd-policy-name = dynsync: { $name }에 대한 클라우드 암호 유효성 검사
app-hrd-conflict = 서비스 주체에 이미 홈 영역 검색(HRD) 정책 { $id }이(가) 있으며, 이 정책은 클라우드 암호 유효성 검사를 허용하지 않습니다. 정책은 그대로 두었습니다(하나만 할당할 수 있음). Entra 관리 센터나 Graph에서 정의를 {"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}"}{"}"}(으)로 변경하십시오. 그렇지 않으면 Azure AD가 동기화 사용자의 암호를 계속 거부합니다(AADSTS50126).
app-phs-on = 암호 해시 동기화가 켜져 있습니다(HRD 정책이 작동하는 데 필요).
app-phs-off = 암호 해시 동기화가 꺼져 있습니다. 이 기능 없이는 Azure AD가 페더레이션 사용자의 암호를 확인할 수 없습니다. Microsoft Entra Connect에서 켜십시오. 그렇지 않으면 동기화 사용자의 로그인이 계속 실패합니다.
app-phs-unknown = 참고: HRD 정책은 암호 해시 동기화가 켜져 있을 때만 작동합니다(Microsoft Entra Connect). Graph에서 켜져 있는지 알려 주지 않았습니다.

app-wait-app-replication = Azure AD가 아직 새 앱을 복제하지 않았습니다
app-wait-signin-replication = 새 자격 증명을 아직 사용할 수 없습니다(AADSTS{ $code }, Azure AD에서 복제 중)
app-waiting = { $what }: { $secs }초 후에 다시 시도하는 중…
app-replication-gave-up = Azure AD가 { $secs }초 안에 새 앱을 표시하지 않았습니다({ $detail }). 나중에 같은 명령을 다시 실행하십시오. 중단된 곳부터 계속합니다.

app-validate-heading = 새 자격 증명으로 검증
app-validate-how-profile = Marketo와 같은 방식으로 새 자격 증명을 검사하려면: dynsync validate --profile { $profile }(동기화 사용자의 암호는 DYNSYNC_PASSWORD, --secrets-stdin 또는 키링에서 가져옴).
app-validate-how = Marketo와 같은 방식으로 새 자격 증명을 검사하려면: --client-id, --username, --org-url을 지정하여 dynsync validate를 실행하십시오(지금 바로 검사하려면 여기에 --username과 암호를 지정).

app-op-read = 디렉터리 읽기(Dynamics CRM의 서비스 주체, 앱)
app-op-app = 앱 등록 만들기 또는 변경
app-op-sp = 앱의 서비스 주체 만들기
app-op-consent = 테넌트 전체 관리자 동의 허용(Dynamics CRM user_impersonation)
app-op-secret = 앱에 클라이언트 암호 추가
app-op-hrd = 홈 영역 검색(HRD) 정책 만들기 또는 할당
app-role-app-admins = 애플리케이션 관리자 (Application Administrator) 또는 클라우드 애플리케이션 관리자 (Cloud Application Administrator)
app-role-application-admin = 애플리케이션 관리자 (Application Administrator)
app-refused = Microsoft Graph가 로그인한 관리자의 작업을 거부했습니다: { $operation }({ $detail }). 이 작업을 허용하는 디렉터리 역할: { $role }. 이 역할이 있는 관리자로 로그인한 다음(또는 Entra ID → 역할 및 관리자 (Roles and administrators)에서 역할을 할당받은 다음) 같은 명령을 다시 실행하십시오. 이미 있는 것은 유지됩니다.
app-graph-refused = Microsoft Graph가 작업을 거부했습니다: { $operation }(HTTP { $status }, { $detail }).
app-graph-missing = Microsoft Graph가 작업을 수행할 수 없습니다: { $operation }: { $detail }
app-secret-lifetime-cap = 테넌트의 앱 관리 정책이 암호의 수명을 거부했습니다. 허용되는 최대 수명은 { $cap }(ISO 8601 기간)입니다. 더 짧은 --secret-months나 더 이른 --secret-expires를 지정하십시오. Graph 응답: { $detail }
app-secret-lifetime-policy = 테넌트 앱 관리 정책이 암호의 수명을 거부했습니다: { $detail } 더 짧은 --secret-months나 더 이른 --secret-expires를 지정하거나, 정책 관리자에게 문의하십시오.

app-show-no-app = 프로필 { $profile }에 앱 등록이 없습니다(클라이언트 ID 없음). 먼저 dynsync app create --profile { $profile }을(를) 실행하십시오.
app-show-not-found = 프로필 { $profile }의 앱이 이 테넌트에 없습니다(삭제되었거나 다른 테넌트). 다시 등록하려면 dynsync app create --profile { $profile }을(를) 실행하십시오.
app-show-permission = API 권한: Dynamics CRM user_impersonation(위임됨)
app-show-no-permission = API 권한 없음: Dynamics CRM user_impersonation(dynsync app create가 다른 권한은 유지하고 이 권한을 추가함)
app-show-public-client = "퍼블릭 클라이언트 흐름 허용 (Allow public client flows)"이 켜져 있습니다. Marketo의 로그인이 거부됩니다(AADSTS700025). dynsync app create가 이 설정을 끕니다.
app-show-no-sp = 서비스 주체(엔터프라이즈 애플리케이션)가 없습니다. 아무도 앱에 로그인할 수 없습니다. dynsync app create가 추가합니다.
app-show-consent = 관리자 동의: user_impersonation에 대해 테넌트 전체에 허용됨
app-show-no-consent = 관리자 동의: user_impersonation에 대해 허용되지 않음(로그인 시 AADSTS65001). dynsync app create가 허용합니다.
app-show-hrd = 홈 영역 검색(HRD) 정책 { $id }(클라우드 암호 유효성 검사 허용: { $allows })
app-show-no-secrets = 앱에 클라이언트 암호가 없습니다.
app-show-secret = 암호 { $key_id } ({ $hint }…) "{ $description }": { $start } → { $end }
app-show-secret-expired = , 만료됨
app-show-secret-expiring = , { $days ->
        [one] { $days }일
       *[other] { $days }일
    } 후 만료
app-show-secret-profile = ; 프로필의 암호
app-show-profile-secret-gone = 프로필의 클라이언트 암호가 더 이상 앱에 없습니다(포털에서 제거되었나요?). dynsync app create --profile NAME --new-secret으로 암호를 추가할 수 있습니다.
app-show-expiry-corrected = 프로필에 기록된 만료일은 { $from }이었지만 Azure AD에서는 { $to }입니다. 프로필을 { $to }(으)로 수정했습니다.

## rotate --create-secret (src/commands/app/rotate_secret.rs)

app-rotate-needs-profile = rotate --create-secret에는 --profile NAME이 필요합니다. 새 암호를 받을 앱의 프로필입니다.
app-rotate-needs-print = 터미널 없이 실행하는 rotate --create-secret은 스크립트용 형식입니다. --print-secret을 추가한 다음(새 값만 stdout에 기록되므로 스크립트에서 Marketo에 입력) rotate --profile NAME --resume --marketo-done [--remove-old]를 실행하십시오. 터미널에서는 --print-secret을 생략하면 안내형 형식으로 진행됩니다.
app-rotate-profile-incomplete = 프로필 { $profile }에 클라이언트 ID나 동기화 사용자 이름이 없습니다. 먼저 dynsync app create --profile { $profile }(또는 dynsync setup)을 실행하십시오.
app-rotate-underway = 프로필 { $profile }의 교체가 이미 진행 중입니다(보류 중인 암호가 보관되어 있음). dynsync rotate --profile { $profile } --resume으로 완료하거나, 취소한 후 새로 만드십시오.
app-rotate-no-password = 새 암호는 보관하기 전에 검증하며, 이를 위해 동기화 사용자의 암호가 필요합니다. DYNSYNC_PASSWORD를 설정하거나 dynsync profile store-secret --profile { $profile } password로 저장하십시오.
app-rotate-created = 새 클라이언트 암호 { $key_id }을(를) 만들었습니다. Marketo가 로그인하는 방식으로 검증하는 중…
app-rotate-failed-removed = 새 클라이언트 암호 { $key_id }이(가) 검사를 통과하지 못해 앱에서 다시 제거했습니다. 변경된 것은 없습니다(현재 암호가 계속 사용됨).
app-rotate-pending = 새 클라이언트 암호 { $key_id }을(를) 검증했으며 키링에 보류 상태로 보관했습니다. Marketo에 입력한 후 다음을 실행하십시오: dynsync rotate --profile { $profile } --resume --marketo-done --remove-old
app-rotate-old-kept = 이전 클라이언트 암호 { $key_id }이(가) 아직 앱에 있습니다. 더 이상 사용하는 곳이 없으면 제거하십시오(dynsync app show --profile { $profile }로 암호 목록 확인).
app-rotate-old-unknown = 이전 클라이언트 암호의 키 ID가 프로필에 기록되어 있지 않으므로 dynsync는 아무것도 제거하지 않습니다. 포털에서 이전 암호를 제거하십시오(프로필에 지정되지 않은 암호는 제거하지 마십시오).
app-rotate-old-gone = 이전 클라이언트 암호 { $key_id }이(가) 더 이상 앱에 없습니다. 제거할 것이 없습니다.
app-rotate-old-removed = 이전 클라이언트 암호 { $key_id }을(를) 앱에서 제거했습니다.
app-rotate-remove-old-without-create = --remove-old는 --create-secret으로 시작한 교체의 이전 암호를 제거하는데, 이 프로필에는 보류 중인 교체가 없습니다. 포털에서 이전 암호를 제거하거나, rotate --create-secret --print-secret으로 시작하십시오.
app-rotate-demo-creating = [demo] 먼저 데모 앱을 등록한 다음(`dynsync app create --demo`와 동일) 스크립트용 두 단계로 암호를 교체합니다.
app-rotate-demo-marketo = [demo] 이제 스크립트가 Marketo에 새 값을 입력합니다(관리 (Admin) → Microsoft Dynamics → 자격 증명 편집 (Edit Credentials)). 데모는 입력된 것으로 간주하고 계속합니다: rotate --resume --marketo-done --remove-old.
app-rotate-confirm-remove-old = 이제 Marketo가 새 암호를 사용합니다. 지금 앱에서 이전 클라이언트 암호 { $key_id }을(를) 제거하시겠습니까? (아직 이 암호를 사용하는 다른 곳은 작동이 중지됩니다.)

## rotate --create-secret: the old secret kept because the admin declined its removal (src/commands/app/rotate_secret.rs)

# $key_id the old secret's key id (Secret ID); $portal the app's Certificates & secrets page.
app-rotate-old-kept-declined = 이전 클라이언트 암호 { $key_id }을(를) 유지하기로 선택했습니다. 이 암호는 아직 앱에 있으며 계속 작동합니다. 더 이상 사용하는 곳이 없으면 포털에서 삭제하십시오(인증서 및 비밀 (Certificates & secrets) → ID가 { $key_id }인 암호 → 삭제 (Delete)): { $portal }
