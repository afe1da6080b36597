### checks

# 검사 (src/checks): 각 검사의 한 줄 요약과 할 일을 알려 주는 .remedy 속성.
# A check's id ($check, e.g. dynamics.whoami) is machine-readable and never translated.
# $note is " — " and Dataverse's own error message, or nothing; $status is an HTTP status.
# {" "} at the start of a value keeps its leading space.

## The run (src/checks/mod.rs).

# Progress, while the requests are out.
checks-progress-azure = Azure AD에 테넌트, 영역, 토큰을 요청하는 중…
checks-progress-dynamics = 동기화 사용자의 토큰으로 Dynamics를 검사하는 중…
checks-interrupted = 이 검사가 끝나기 전에 중단되었습니다
checks-input-ok = 모든 입력값의 형식이 올바릅니다
# One line of the input check's remedy: an input's name (input-field-…) and its fix.
checks-input-fix-for-field = { $field }: { $fix }
checks-skip-invalid-input = 실행 안 함: 먼저 입력값을 수정하십시오(아무것도 전송되지 않음)
checks-skip-needs-token = 실행 안 함: 토큰이 필요합니다(토큰 검사 참조)
# The fix when the HTTP client cannot be built from --ca-bundle.
checks-ca-bundle-unusable = --ca-bundle에 읽을 수 있는 CA 인증서 PEM 파일을 지정하십시오
# $who is the sync user; $url the org URL.
checks-token-issued = Azure AD가 { $url }에 대한 토큰을 { $who }에게 발급했습니다
checks-token-issued-valid-for = Azure AD가 { $url }에 대한 토큰을 { $who }에게 발급했습니다({ $minutes }분 동안 유효)

## The tenant (src/checks/signin.rs). $tenant is the org's tenant ID; $host the org's host.

# $tenant is --tenant as given; $summary the Azure AD error's headline.
checks-tenant-given-refused = --tenant { $tenant }: { $summary }
checks-tenant-adfs = { $host }은(는) Azure AD가 아닌 온-프레미스 AD FS({ $authority })로 로그인합니다
    .remedy = dynsync는 Azure AD를 사용하는 Dynamics 365 Online을 검사합니다. Dynamics 온-프레미스(IFD)는 Marketo의 온-프레미스 설정 절차를 따르십시오. Azure AD에 대한 암호 부여는 해당되지 않습니다
# $detail says what answered instead.
checks-tenant-not-dataverse = { $url }은(는) Dynamics 365(Dataverse) 엔드포인트가 아닙니다: { $detail }
    .remedy = Power Platform 관리 센터(환경 (Environments) → 해당 환경 → 환경 URL (Environment URL))에서 조직 URL을 복사하십시오(예: https://contoso.crm.dynamics.com). Marketo에서는 처음 저장한 후 이 URL을 변경할 수 없습니다
# $given is the tenant --tenant resolves to.
checks-tenant-given-mismatch = --tenant는 { $given }(으)로 확인되지만, { $host }은(는) 테넌트 { $tenant }에 속합니다
    .remedy = --tenant를 생략하거나(dynsync가 조직의 테넌트를 찾음) 조직의 테넌트를 지정하십시오
# $user_tenant is the tenant the sync user signed in to.
checks-tenant-user-elsewhere = { $who }은(는) 테넌트 { $user_tenant }에 로그인하지만, { $host }은(는) 테넌트 { $tenant }에 속합니다
    .remedy = 동기화 사용자는 조직 테넌트의 구성원이어야 합니다. 해당 디렉터리의 계정(다른 디렉터리의 게스트가 아닌)을 사용하거나 조직 URL을 확인하십시오
checks-tenant-from-given = 테넌트 { $tenant }(--tenant에서 확인되었으며 조직에서 확인됨)
checks-tenant-discovered = 테넌트 { $tenant }(조직의 로그인 챌린지에서 확인됨)

## The user's realm. $domain is the sync user's domain.

checks-realm-managed = { $domain }은(는) 관리되는 도메인입니다. Azure AD가 직접 암호를 확인합니다
# The federation service's host, after "is federated" ($via below), when it is known.
checks-realm-via = {" "}({ $host })
checks-realm-federated-accepted = { $domain }은(는) 페더레이션 도메인{ $via }이며, Azure AD가 암호를 수락했습니다. HRD 정책과 암호 해시 동기화가 구성되어 있습니다
    .remedy = 이 도메인의 암호 해시 동기화를 계속 켜 두십시오. 끄면 동기화가 로그인할 수 없게 됩니다
checks-realm-federated = { $domain }은(는) 페더레이션 도메인{ $via }입니다. 암호 부여에는 HRD 정책과 암호 해시 동기화가 필요합니다
# The remedy of checks-realm-federated when the token check shows the commands.
checks-realm-see-token = 명령은 토큰 검사를 참조하십시오
checks-realm-unknown = { $domain }은(는) 어떤 Azure AD 테넌트의 도메인도 아닙니다
    .remedy = 동기화 사용자 이름을 확인하십시오. Dynamics 테넌트에서 사용자의 사용자 계정 이름(UPN)이어야 합니다(Entra 관리 센터 → 사용자 (Users))

## The client secret's expiry (src/checks/expiry.rs). $date is the expiry date; $days a number.

checks-expiry-unknown = 클라이언트 암호의 만료일을 알 수 없습니다
    .remedy = 만료일을 기록하십시오(포털의 인증서 및 비밀 (Certificates & secrets) 페이지에 표시됨): dynsync profile set { $profile } --secret-expires YYYY-MM-DD, 또는 --secret-expires를 지정하십시오
checks-expiry-expired = 클라이언트 암호가 { $date }에 만료되었습니다({ $days }일 전). 동기화가 로그인할 수 없습니다
checks-expiry-in = 클라이언트 암호가 { $date }에 만료됩니다({ $days }일 후)
# $profile is the profile checked, or NAME.
checks-expiry-azure-says-expired = Azure AD에 따르면 클라이언트 암호가 만료되었습니다(AADSTS7000222). 동기화가 로그인할 수 없습니다
checks-expiry-azure-says-expired-date-wrong = Azure AD에 따르면 클라이언트 암호가 만료되었습니다(AADSTS7000222). 기록된 만료일 { $date }은(는) 잘못되었습니다(실제 날짜는 포털의 인증서 및 비밀 (Certificates & secrets) 페이지에 표시됨)
checks-expiry-rotate = 기존 암호 옆에 새 클라이언트 암호를 만들어 Marketo에 입력하십시오: dynsync rotate --profile { $profile }

## The organization (src/checks/organization.rs). A name Dataverse did not send is "?".

checks-org-ok = 조직 "{ $friendly }"(고유 이름 { $unique }, 버전 { $version }): Marketo가 동기화할 조직이 맞는지 확인하십시오
checks-org-unreadable = 조직 정보를 읽을 수 없습니다({ $why })
    .remedy = Marketo에 URL을 저장하기 전에 Power Platform 관리 센터에서 조직을 확인하십시오. 저장한 후에는 변경할 수 없습니다

## Dataverse with the sync user's token (src/checks/dataverse.rs). $host is the org's host;
## $who the sync user.

# Why Dataverse refused a query ($why in the summaries below): the HTTP status, Dataverse's error
# code ($code, e.g. 0x80040220) and what the code says; $privilege is the privilege Dataverse
# names (e.g. prvReadSolution); $message is Dataverse's own message.
checks-why-status = HTTP { $status }
checks-why-status-message = HTTP { $status }: { $message }
checks-why-not-member = HTTP { $status }, { $code }: 조직의 구성원이 아님
checks-why-privilege = HTTP { $status }, { $code }: { $privilege } 권한 없음
checks-why-privilege-unnamed = HTTP { $status }, { $code }: 권한 없음
checks-why-code = HTTP { $status }, { $code }
checks-why-code-message = HTTP { $status }, { $code }: { $message }

checks-skip-whoami-refused = 실행 안 함: Dataverse가 동기화 사용자를 거부했습니다({ $check } 참조)
checks-whoami-ok = { $host }이(가) 토큰을 수락했습니다(WhoAmI: 사용자 { $user })
# $code is Dataverse's error code, 0x80072560.
checks-whoami-not-member = { $who }은(는) 환경 { $host }의 구성원이 아닙니다(HTTP { $status }, { $code })
    .remedy =
        동기화 사용자를 환경에 추가하십시오. Dynamics 365 라이선스를 할당한 다음(Microsoft 365 관리 센터 → 사용자 (Users) → 동기화 사용자 → 라이선스 (Licenses)), Power Platform 관리 센터 → 환경 (Environments) → { $host }의 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 사용자 (Users) → 사용자 추가 (Add user)를 선택합니다.
        환경이 보안 그룹으로 제한되어 있으면(설정 (Settings) → 사용자 + 권한 (Users + permissions) → 보안 그룹 (Security group)) 동기화 사용자를 그 그룹에 추가하십시오. 사용자 (Users) 목록에 사용자가 표시되면 다시 검사하십시오.
checks-whoami-missing-privilege = { $host }이(가) { $who }을(를) 거부했습니다({ $why })
    .remedy = Marketo Sync User 역할이 { $privilege } 권한을 부여합니다. Dynamics에서 설정 (Settings) → 보안 (Security) → 사용자 (Users) → 동기화 사용자 → 역할 관리 (Manage Roles) → "Marketo Sync User" 선택 → 확인 (OK)
# $privilege in checks-whoami-missing-privilege.remedy when Dataverse did not name it.
checks-whoami-privilege-unnamed = 누락된 권한
checks-whoami-401 = { $host }이(가) 토큰을 거부했습니다({ $why }). { $who }은(는) 이 환경의 사용자가 아닐 가능성이 큽니다
    .remedy = 동기화 사용자를 환경에 추가하십시오. Microsoft 365 관리 센터에서 Dynamics 365 라이선스를 할당하고, 환경의 보안 그룹(설정된 경우)에 포함되어 있는지 확인한 다음, 설정 (Settings) → 보안 (Security) → 사용자 (Users)에 표시될 때까지 기다리십시오
checks-whoami-403 = { $host }이(가) 액세스를 거부했습니다({ $why }). 동기화 사용자에게 권한이 없습니다
    .remedy = 설정 (Settings) → 보안 (Security) → 사용자 (Users) → 역할 관리 (Manage Roles)에서 동기화 사용자에게 보안 역할(Marketo Sync User)을 할당하십시오
checks-whoami-404 = { $host }에 Dataverse Web API가 없습니다(HTTP 404)
    .remedy = 조직 URL을 확인하십시오. 환경 URL이어야 합니다(예: https://contoso.crm.dynamics.com)

## The sync user's record. $name is its full name in Dynamics.

checks-skip-user-unknown = 실행 안 함: 동기화 사용자를 식별할 수 없습니다
checks-user-unreadable = 동기화 사용자의 레코드를 읽을 수 없습니다({ $why })
    .remedy = Dynamics에서 확인하십시오: 설정 (Settings) → 보안 (Security) → 사용자 (Users) → 동기화 사용자가 사용 가능 상태이고 라이선스가 있어야 합니다
checks-user-missing = { $host }에 { $who }의 사용자 레코드가 없습니다
    .remedy = 동기화 사용자에게 Dynamics 365 라이선스를 할당하고 이 환경에 추가하십시오. 동기화되면 설정 (Settings) → 보안 (Security) → 사용자 (Users)에 표시됩니다
checks-user-disabled = Dynamics 사용자 { $name }이(가) 사용 안 함 상태입니다
    .remedy = 사용자를 사용하도록 설정하십시오. Dynamics 365 라이선스(Microsoft 365 관리 센터)가 필요하며 로그인이 차단되어 있으면 안 됩니다. 그런 다음 설정 (Settings) → 보안 (Security) → 사용 가능한 사용자 (Enabled Users)를 확인하십시오
checks-user-ok = { $name }은(는) 사용 가능 상태이며 라이선스가 있습니다
# $notes are the checks-user-note-… texts that apply, joined by ", ".
checks-user-doubtful = { $name }은(는) 사용 가능 상태이지만 다음 문제가 있습니다: { $notes }
checks-user-note-non-interactive = 액세스 모드가 비대화형 (Non-interactive)임
    .remedy = Marketo의 ROPC 연결에는 라이선스가 있는 대화형(읽기-쓰기 (Read-Write)) 사용자가 필요합니다. 사용자 양식에서 액세스 모드 (Access Mode)를 읽기-쓰기 (Read-Write)로 설정하십시오
checks-user-note-unlicensed = Dynamics 365 라이선스가 없음
    .remedy = Microsoft 365 관리 센터에서 동기화 사용자에게 Dynamics 365 라이선스를 할당하십시오
# $language is a Windows language id (LCID); 1033 is English.
checks-user-note-language = UI 언어가 영어(1033)가 아닌 { $language }임
    .remedy = Marketo는 영어 동기화 사용자를 요구합니다. 동기화 사용자로 로그인 → 설정(톱니바퀴) → 개인 설정 옵션 (Personalization Settings) → 언어 (Languages) → 사용자 인터페이스 언어 (User Interface Language): 영어 (English)

## The sync user's roles. $role is the Marketo solution's role, "Marketo Sync User".

checks-skip-roles-no-user = 실행 안 함: 동기화 사용자의 레코드를 읽을 수 없습니다
    .remedy = Dynamics에서 확인하십시오: 설정 (Settings) → 보안 (Security) → 사용자 (Users) → 동기화 사용자 → 역할 관리 (Manage Roles) → Marketo Sync User
checks-roles-direct = 동기화 사용자에게 { $role } 역할이 있습니다
checks-roles-team = 동기화 사용자에게 팀 { $team }을(를) 통해 { $role } 역할이 있습니다
# A team whose name Dataverse did not send, as $team above.
checks-roles-unnamed-team = (이름 없는 팀)
# $has is checks-roles-has-none or checks-roles-has-only; $teams is checks-roles-teams-… or nothing.
checks-roles-missing = 동기화 사용자에게 { $role } 역할이 없습니다. 현재 역할: { $has }{ $teams }
    .remedy =
        Dynamics에서: 설정 (Settings) → 보안 (Security) → 사용자 (Users) → 동기화 사용자 선택 → 역할 관리 (Manage Roles) → "Marketo Sync User" 선택 → 확인 (OK).
        목록에 역할이 없으면 Marketo 솔루션을 가져오지 않은 것입니다({ $check } 참조).
checks-roles-has-none = 없음
# $roles are the user's role names, joined by ", ".
checks-roles-has-only = { $roles }만 있음
checks-roles-teams-status = {" "}(팀 역할을 읽을 수 없음: { $why })
checks-roles-teams-error = {" "}(팀 역할을 읽을 수 없음: { $error })

## The Marketo solution. $solution is its name, "Marketo Lead Management"; $version its version.

checks-solution-forbidden = 동기화 사용자가 솔루션을 읽을 수 없습니다({ $why })
    .remedy = 직접 확인하십시오: Dynamics → 설정 (Settings) → 솔루션 (Solutions)에 "{ $solution }"이(가) 있어야 합니다
checks-solution-unreadable = 솔루션을 읽을 수 없습니다(HTTP { $status }){ $note }
checks-solution-missing = "{ $solution }" 솔루션이 설치되어 있지 않습니다
    .remedy = 솔루션을 가져오십시오: Marketo → 관리 (Admin) → CRM → Microsoft → Marketo 솔루션 다운로드 (Download Marketo Solution). 그런 다음 Dynamics에서: 설정 (Settings) → 솔루션 (Solutions) → 가져오기 (Import) → zip 파일 선택 → 다음 (Next) → 가져오기 (Import)("경고와 함께 완료됨"은 정상) → 모든 사용자 지정 게시 (Publish All Customizations)
checks-solution-ok = { $solution } { $version }이(가) 설치되어 있습니다
checks-solution-old = { $solution } { $version }이(가) 설치되어 있습니다. 4.0.0.14 이전 버전에서는 모든 사용자에게 동기화 역할이 필요합니다
    .remedy = 솔루션을 업데이트하십시오. Marketo에서 최신 버전을 다운로드하고(관리 (Admin) → Microsoft Dynamics → Marketo 솔루션 다운로드 (Download Marketo Solution)) 기존 솔루션 위에 가져오면서 업데이트 (Update)와 사용자 지정 유지 (Maintain customizations)를 선택하십시오

## The solution's plug-in steps, and its Marketo Config.

checks-skip-not-installed = 실행 안 함: 솔루션이 설치되어 있지 않습니다
# The remedy when the steps could not be read.
checks-steps-by-hand = 직접 확인하십시오: Dynamics에서 설정 (Settings) → 솔루션 (Solutions) → Marketo Lead Management → SDK 메시지 처리 단계 (SDK Message Processing Steps): 모든 단계의 상태가 사용 (Enabled)이어야 합니다
checks-steps-forbidden = 동기화 사용자가 플러그 인 단계를 읽을 수 없습니다({ $why })
checks-steps-unreadable = 플러그 인 단계를 읽을 수 없습니다(HTTP { $status }){ $note }
checks-steps-none-visible = 동기화 사용자에게 표시되는 솔루션의 플러그 인 단계가 없습니다
checks-steps-ok = 솔루션의 플러그 인 단계 { $total }개가 모두 활성화되어 있습니다
# $names are the disabled steps' names, joined by "; ".
checks-steps-disabled = 플러그 인 단계 { $total }개 중 { $disabled }개가 비활성화되어 있습니다: { $names }
    .remedy = Dynamics에서: 설정 (Settings) → 솔루션 (Solutions) → Marketo Lead Management → SDK 메시지 처리 단계 (SDK Message Processing Steps) → 비활성화된 각 단계 선택 → 활성화 (Activate)
# A step whose name Dataverse did not send.
checks-steps-unnamed = (이름 없는 단계)

# The remedy when the Marketo Config row could not be read.
checks-config-by-hand = 직접 확인하십시오: Dynamics에서 설정 (Settings) → Marketo Config → Default: Marketo User 필드에 동기화 사용자가 지정되어 있어야 합니다
# The remedy when Marketo Config names no user or the wrong one.
checks-config-set-user = Dynamics에서: 설정 (Settings) → Marketo Config → Default → Marketo User: 동기화 사용자 선택 → 저장 (Save). 그런 다음 설정 (Settings) → 솔루션 (Solutions) → 모든 사용자 지정 게시 (Publish All Customizations)
checks-config-tables-forbidden = 동기화 사용자가 테이블 정의를 읽을 수 없습니다({ $why })
checks-config-table-missing = 솔루션의 테이블에서 Marketo Config 테이블을 찾지 못했습니다
checks-config-forbidden = 동기화 사용자가 Marketo Config를 읽을 수 없습니다({ $why })
    .remedy = 동기화 사용자에게 Marketo Config 읽기 권한이 필요합니다. Marketo Sync User 역할을 할당하십시오(설정 (Settings) → 보안 (Security) → 사용자 (Users) → 역할 관리 (Manage Roles))
checks-config-unreadable = Marketo Config를 읽을 수 없습니다(HTTP { $status }){ $note }
checks-config-no-default = Marketo Config에 Default 레코드가 없습니다
checks-config-unset = Marketo Config "Default"에 Marketo User가 지정되어 있지 않습니다
# $user is the user Marketo Config names (its name, or its id).
checks-config-ok = Marketo Config "Default"에 동기화 사용자({ $user })가 지정되어 있습니다
checks-config-other = Marketo Config "Default"에 { $who }이(가) 아닌 { $user }이(가) 지정되어 있습니다
    .remedy =
        { checks-config-set-user }
        (또는 { $user }이(가) 의도한 동기화 사용자라면 그 사용자의 자격 증명을 입력하십시오.)
checks-config-user-id-unknown = Marketo Config "Default"에 { $user }이(가) 지정되어 있습니다. 동기화 사용자의 ID는 알 수 없습니다

# Under any check that could not be made because a service did not answer as a service should.
checks-unreachable-remedy = 네트워크 경로를 확인하고(프록시: HTTPS_PROXY/NO_PROXY, 회사 TLS 검사: --ca-bundle FILE) 다시 시도하십시오

## The tenant, continued (issue 10). $tenant is the org's tenant ID; $host the org's host.

# Under the tenant check when the org's server failed or was throttled (HTTP 5xx or 429).
checks-tenant-probe-failed-remedy = { $host }이(가) 지금 응답할 수 없습니다(서버 오류 또는 과부하). 나중에 다시 시도하고, 계속되면 Power Platform 관리 센터에서 환경 상태를 확인하십시오
# $domain is the sync user's domain; $user_tenant the tenant its OpenID configuration names.
checks-tenant-user-domain-elsewhere = { $who }은(는) 테넌트 { $user_tenant }({ $domain }의 테넌트)의 사용자이지만, { $host }은(는) 테넌트 { $tenant }에 속합니다
    .remedy = 동기화 사용자는 조직의 테넌트 { $tenant }의 사용자여야 합니다. 사용자 이름이 그 테넌트의 도메인 중 하나로 끝나는 계정(다른 디렉터리의 사용자가 아닌)을 사용하거나 조직 URL을 확인하십시오
# Under a refused token when the tenant check found the user in another tenant.
checks-token-see-tenant = 동기화 사용자가 조직과 다른 테넌트에 속합니다. 테넌트 검사를 참조하십시오

# The Marketo Config check's summary, with how its table was found. $summary is the verdict,
# $table the table's logical name, $way join | metadata | cache.
checks-config-found-by = { $summary }(테이블 { $table }, { $way ->
        [join] 솔루션 구성 요소 조인으로 찾음
        [cache] 프로필에 기억됨
       *[metadata] 메타데이터 API로 찾음
    })
# The search for the Marketo Config table was answered with neither rows nor a refusal.
checks-config-tables-unreadable = 솔루션의 테이블 목록을 가져올 수 없습니다(HTTP { $status }){ $note }

## The sync user's UI language by its Windows language id (LCID), for checks-user-note-language:
## the languages Dynamics 365 offers; another id is shown as the number alone.

checks-user-language =
    { $lcid ->
        [1025] 아랍어 ({ $lcid })
        [1026] 불가리아어 ({ $lcid })
        [1027] 카탈로니아어 ({ $lcid })
        [1028] 중국어(번체) ({ $lcid })
        [1029] 체코어 ({ $lcid })
        [1030] 덴마크어 ({ $lcid })
        [1031] 독일어 ({ $lcid })
        [1032] 그리스어 ({ $lcid })
        [1033] 영어 ({ $lcid })
        [1035] 핀란드어 ({ $lcid })
        [1036] 프랑스어 ({ $lcid })
        [1037] 히브리어 ({ $lcid })
        [1038] 헝가리어 ({ $lcid })
        [1040] 이탈리아어 ({ $lcid })
        [1041] 일본어 ({ $lcid })
        [1042] 한국어 ({ $lcid })
        [1043] 네덜란드어 ({ $lcid })
        [1044] 노르웨이어(복말) ({ $lcid })
        [1045] 폴란드어 ({ $lcid })
        [1046] 포르투갈어(브라질) ({ $lcid })
        [1048] 루마니아어 ({ $lcid })
        [1049] 러시아어 ({ $lcid })
        [1050] 크로아티아어 ({ $lcid })
        [1051] 슬로바키아어 ({ $lcid })
        [1053] 스웨덴어 ({ $lcid })
        [1054] 태국어 ({ $lcid })
        [1055] 터키어 ({ $lcid })
        [1057] 인도네시아어 ({ $lcid })
        [1058] 우크라이나어 ({ $lcid })
        [1060] 슬로베니아어 ({ $lcid })
        [1061] 에스토니아어 ({ $lcid })
        [1062] 라트비아어 ({ $lcid })
        [1063] 리투아니아어 ({ $lcid })
        [1066] 베트남어 ({ $lcid })
        [1069] 바스크어 ({ $lcid })
        [1081] 힌디어 ({ $lcid })
        [1086] 말레이어 ({ $lcid })
        [1087] 카자흐어 ({ $lcid })
        [1110] 갈리시아어 ({ $lcid })
        [2052] 중국어(간체) ({ $lcid })
        [2070] 포르투갈어(포르투갈) ({ $lcid })
        [2074] 세르비아어(라틴 문자) ({ $lcid })
        [3076] 중국어(홍콩 특별행정구) ({ $lcid })
        [3082] 스페인어 ({ $lcid })
        [3098] 세르비아어(키릴 자모) ({ $lcid })
       *[other] { $lcid }
    }

## Server-to-Server (S2S): the app's client credentials as a Dataverse application user
## (issue 14). $client_id is the app's client ID; $host the org's host; $name the application
## user's name.

checks-s2s-realm-not-used = S2S에서는 사용 안 함(앱이 클라이언트 자격 증명으로 로그인하며 사용자 영역 없음)
# S2S without --tenant, when the org's sign-in challenge named no tenant (see the tenant check).
checks-s2s-token-no-tenant = 요청 안 함: S2S에는 테넌트가 필요한데 조직의 로그인 챌린지에 테넌트가 없습니다(테넌트 검사 참조, 또는 --tenant 지정)
# Under a refused password grant for MFA or Conditional Access. $command is the command to run.
checks-s2s-offer = 또는 연결을 Marketo의 서버 간(S2S, "Web API") 연결로 전환하십시오. 이 연결은 암호 없이 애플리케이션 사용자로 로그인합니다(MFA가 적용되지 않음). 애플리케이션 사용자를 만든 다음(또는 `dynsync fix`에 맡김) 다음 명령으로 검사하십시오: { $command }
# Under AADSTS7000215 for an S2S connection.
checks-s2s-secret-other-app = S2S에서는 암호가 앱 { $client_id } 자체의 암호여야 합니다(앱 등록 (App registrations) → 해당 앱 → 인증서 및 비밀 (Certificates & secrets)). 다른 앱 등록의 암호도 같은 방식으로 거부됩니다.
checks-s2s-no-app-user = { $host }에 앱 { $client_id }의 애플리케이션 사용자가 없습니다(HTTP { $status }, { $code })
    .remedy =
        애플리케이션 사용자를 만드십시오: Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 새 앱 사용자 (New app user) → 앱 추가 (Add an app) → 앱 { $client_id } → 사업부 → 보안 역할 "Marketo Sync User" → 만들기 (Create).
        또는 Dynamics 관리자의 로그인으로 dynsync가 처리하게 하십시오: dynsync fix --profile NAME
checks-s2s-user-missing = { $host }에 앱 { $client_id }의 애플리케이션 사용자가 없습니다
checks-s2s-user-disabled = 애플리케이션 사용자 { $name }이(가) 사용 안 함 상태입니다
    .remedy = Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 앱의 사용자 → 활성화 (Activate)(또는: dynsync fix --profile NAME)
checks-s2s-user-ok = 애플리케이션 사용자 { $name }이(가) 사용하도록 설정되어 있으며, 전자 메일 { $email }이(가) Marketo의 사용자 이름입니다
# No --username given: nothing to compare the email with.
checks-s2s-user-ok-email-unchecked = 애플리케이션 사용자 { $name }이(가) 사용하도록 설정되어 있습니다. Marketo에서 사용자 이름 (Username)으로 전자 메일 { $email }을(를) 입력하십시오
checks-s2s-user-ok-no-email = 애플리케이션 사용자 { $name }이(가) 사용하도록 설정되어 있지만 전자 메일 주소가 없습니다
    .remedy = Marketo의 S2S 양식은 애플리케이션 사용자의 전자 메일을 사용자 이름 (Username)으로 사용합니다. 애플리케이션 사용자에게 전자 메일을 지정하십시오(Power Platform 관리 센터 → 애플리케이션 사용자 (Application users) → 앱의 사용자 → 편집 (Edit))
# $email is the application user's email (or checks-s2s-email-none), $given the --username.
checks-s2s-email-mismatch = 애플리케이션 사용자 { $name }의 전자 메일은 { $given }이(가) 아니라 { $email }입니다
    .remedy = S2S에서 Marketo의 사용자 이름은 애플리케이션 사용자의 전자 메일입니다. --username과 Marketo의 사용자 이름 (Username)에 { $email }을(를) 사용하십시오(또는 애플리케이션 사용자의 전자 메일을 변경)
checks-s2s-email-none = 전자 메일 주소 없음
checks-s2s-no-roles = 애플리케이션 사용자에게 보안 역할이 전혀 없습니다({ $role } 역할 필요)
checks-s2s-role-missing = 애플리케이션 사용자에게 { $role } 역할이 없습니다. 보유한 역할: { $roles }
    .remedy = Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 앱의 사용자 → 보안 역할 편집 (Edit security roles) → "Marketo Sync User" → 저장 (Save)(또는: dynsync fix --profile NAME)
checks-s2s-roles-ok = 애플리케이션 사용자에게 { $role } 역할이 있습니다
