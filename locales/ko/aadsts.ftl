# AADSTS 카탈로그 (src/azure/catalogue.rs): 각 Azure AD 오류 코드가 Marketo 동기화 사용자에게
# 의미하는 것과 관리자가 할 일. 코드마다 메시지 하나("aadsts-CODE")와 속성 두 개:
# .cause(산문, 첫 문장이 헤드라인)와 .remedy(조치 단계).
# Blocks shared by several entries are terms (-name), referenced as { -name }.
# Braces in text are written {"{"} and {"}"}; {"   "} at the start of a line keeps its leading
# spaces; a last line {""} keeps a final line break.

## Shared blocks

# Where failed sign-ins are read.
-sign-in-logs = Microsoft Entra 관리 센터 → 모니터링 및 상태 (Monitoring & health) → 로그인 로그 (Sign-in logs)
# Re-entering credentials in Marketo (Adobe's documented path).
-marketo-edit = Marketo에서: 관리 (Admin) → Microsoft Dynamics → 동기화 비활성화 (Disable Sync) → 편집 (Edit)(1단계: 자격 증명 입력 (Step 1: Enter Credentials)) → 새 값 입력 → 저장 (Save) → 동기화 설정의 유효성 검사 (Validate Sync Setup) → 동기화 사용 (Enable Sync).
# The common/consumers endpoint.
-tenant-endpoint-steps = 테넌트를 지정하십시오. --tenant에 디렉터리(테넌트) ID (Directory (tenant) ID) 또는 확인된 도메인을 지정하거나(common이나 consumers는 안 됨, organizations는 가능), --tenant를 생략하여 dynsync가 조직 URL에서 찾게 하십시오. 그런 다음 `dynsync validate`를 다시 실행하십시오.
# Re-entering the client ID.
-client-id-steps =
    1. Microsoft Entra 관리 센터 → 앱 등록 (App registrations) → Marketo 앱 → 개요 (Overview): 애플리케이션(클라이언트) ID (Application (client) ID)를 복사합니다(개체 ID (Object ID)나 디렉터리(테넌트) ID (Directory (tenant) ID)가 아님).
    2. 앱이 동기화 사용자와 Dynamics 환경의 테넌트에 등록되어 있는지 확인합니다. 다른 테넌트의 앱이면 이 테넌트에도 엔터프라이즈 애플리케이션이 있어야 합니다.
    3. Marketo의 클라이언트 ID (Client ID)에 입력하고 `dynsync validate`를 다시 실행합니다.
# Enabling a disabled enterprise application.
-app-enable-steps =
    1. Microsoft Entra 관리 센터 → 엔터프라이즈 애플리케이션 (Enterprise applications) → Marketo 앱 → 속성 (Properties) → 사용자가 로그인할 수 있나요? (Enabled for users to sign in?) → 예 (Yes) → 저장 (Save).
    2. `dynsync validate`를 다시 실행합니다.
# Adding the Dynamics permission and granting admin consent.
-consent-steps =
    1. Microsoft Entra 관리 센터 → 앱 등록 (App registrations) → Marketo 앱 → API 권한 (API permissions): Dynamics CRM → user_impersonation("Access Common Data Service as organization users")이 있어야 합니다. 없으면 권한 추가 (Add a permission) → Dynamics CRM → 위임된 권한 (Delegated permissions) → user_impersonation → 권한 추가 (Add permissions).
    2. 테넌트에 대한 관리자 동의 허용 (Grant admin consent)을 클릭 → 예 (Yes)(클라우드 애플리케이션 관리자, 애플리케이션 관리자 또는 권한 있는 역할 관리자 필요). 또는 관리자에게 https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<client id>를 열게 합니다.
    3. 1분 정도 기다린 후 `dynsync validate`를 다시 실행합니다. 관리자 동의가 없으면 Marketo의 "동기화 사용자에게 Marketo Sync User 역할이 할당됨 (Sync user is assigned to the Marketo Sync User role)" 항목도 빨간색이 됩니다.
# Pass-through authentication agent problems.
-pta-steps =
    1. Microsoft Entra 관리 센터 → 하이브리드 관리 (Hybrid management) → Microsoft Entra Connect → 통과 인증 (Pass-through authentication): 인증 에이전트가 활성 상태인지 확인합니다.
    2. 에이전트 서버에서 동기화 사용자 포리스트의 도메인 컨트롤러에 대한 연결과 에이전트의 이벤트 로그를 확인합니다.
    3. 에이전트가 정상이면 `dynsync validate`를 다시 실행합니다.
# Codes that ask the sync user to register for MFA.
-mfa-registration = 동기화 사용자를 MFA 등록 정책(보호 (Protection) → ID 보호 (Identity Protection) → 다단계 인증 등록 정책 (Multifactor authentication registration policy))에서도 제외하고, 보안 기본값이 켜져 있는지 확인하십시오.
# The common advice for every MFA / Conditional Access / device code.
-mfa-steps =
    1. 정책 찾기: { -sign-in-logs }에서 동기화 사용자로 필터링하고, 실패한 로그인을 열어 조건부 액세스 (Conditional Access) 탭을 확인합니다(적용된 정책이 표시됨).
    2. 동기화 사용자(또는 이 앱 등록)를 그 정책에서 제외합니다: 보호 (Protection) → 조건부 액세스 (Conditional Access) → 해당 정책 → 사용자 (Users)(또는 대상 리소스 (Target resources)) → 제외 (Exclude).
    3. 해당 계정에 사용자별 MFA가 켜져 있으면 끕니다: 사용자 (Users) → 모든 사용자 (All users) → 사용자별 MFA (Per-user MFA) → 동기화 사용자 선택 → 사용 안 함 (Disable).
    4. Marketo는 MFA나 어떤 대화형 단계도 수행할 수 없습니다(Adobe 설정 가이드에 따르면 동기화 사용자의 MFA는 꺼져 있어야 함). 정책상 제외할 수 없으면 Marketo의 서버 간(S2S) 연결을 사용하십시오. 이 연결은 암호 없이 애플리케이션 사용자로 로그인합니다.
    5. `dynsync validate`를 다시 실행합니다.
# 50126 when the user's domain is managed.
-managed-50126 =
    1. 동기화 사용자의 암호를 정확히 다시 입력합니다. 앞뒤에 공백이 있는 암호는 이 로그인 방식에서 사용할 수 없습니다. { -marketo-edit }
    2. 사용자 이름 (Username)이 사용자 계정 이름(UPN)인지 확인합니다(Microsoft Entra 관리 센터 → 사용자 (Users) → 동기화 사용자 → 사용자 계정 이름 (User principal name)).
    3. 암호가 확실하지 않으면 재설정하고(사용자 (Users) → 동기화 사용자 → 암호 재설정 (Reset password)) 동기화 사용자로 한 번 로그인하여 영구 암호를 설정합니다. Marketo는 임시 암호를 변경할 수 없습니다.
    4. 실패할 때마다 스마트 잠금(AADSTS50053)에 누적됩니다. 암호를 확인한 후 `dynsync validate`를 한 번만 실행하십시오.
# 50126 when the user's domain is federated: password hash sync and an HRD policy.
# The PowerShell lines keep a 3-space indent; the line with the client id is in
# -federated-50126 and aadsts-hrd-remedy, the rest in the -hrd-commands-* terms.
-hrd-commands-head =
    Marketo는 암호를 Azure AD로 직접 보냅니다. Azure AD는 기본적으로 페더레이션 도메인(AD FS, Okta, Ping…) 사용자의 암호를 확인하지 않으며, 암호가 맞아도 50126으로 응답합니다. 다음 두 가지가 필요합니다:
    1. Microsoft Entra Connect에서 암호 해시 동기화를 사용하도록 설정하여 Azure AD가 사용자의 암호 해시를 보유하게 합니다. 설정한 후 해시가 동기화될 때까지 기다립니다.
    2. Marketo 앱의 서비스 주체(엔터프라이즈 애플리케이션)에 AllowCloudPasswordValidation이 설정된 홈 영역 검색(HRD) 정책을 적용합니다. Microsoft Graph PowerShell 사용:
       Connect-MgGraph -Scopes "Policy.ReadWrite.ApplicationConfiguration","Application.ReadWrite.All"
       $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{"{"} definition = @('{"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}}"}'); displayName = "EnableDirectAuthPolicy" {"}"}
-hrd-commands-tail =
    {"   "}New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{"{"} "@odata.id" = "https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)" {"}"}
       Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id
       서비스 주체에는 HRD 정책을 하나만 둘 수 있습니다. 이미 있으면 그 정책의 정의를 수정하십시오. 이 정책은 Azure AD가 동기화된 암호 해시를 직접 확인하게 하며, 로그인을 페더레이션 서버로 전달하지 않습니다. 암호 해시 동기화를 끄게 되면 이 정책을 제거하십시오.
    3. `dynsync validate`를 다시 실행합니다.
-federated-50126 =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '<client id>'"
    { -hrd-commands-tail }

## Diagnoses (src/azure/catalogue.rs: diagnose)

# The one-line summary of a known code: "AADSTS50126 InvalidUserNameOrPassword: …".
aadsts-summary = AADSTS{ $code } { $name }: { $headline }
# What a federated sync user needs, for the app with this client id (the wizard and the realm check).
aadsts-hrd-remedy =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '{ $client_id }'"
    { -hrd-commands-tail }
# AADSTS50126 split by the sync user's realm: a summary (after the code and name) and a remedy.
aadsts-50126-managed =
    .summary = 동기화 사용자의 암호가 거부되었습니다(관리되는 도메인: 암호 또는 사용자 이름이 틀림)
    .remedy =
        동기화 사용자의 도메인은 관리되는 도메인이므로 Azure AD가 직접 암호를 확인했으며 일치하지 않았습니다.
        { -managed-50126 }
aadsts-50126-federated =
    .summary = 동기화 사용자가 페더레이션 도메인에 있습니다. Azure AD가 암호를 받아들이려면 암호 해시 동기화와 HRD 정책(AllowCloudPasswordValidation)이 필요합니다
    .remedy = { -federated-50126 }
aadsts-50126-unknown =
    .summary = 암호가 틀렸거나, 암호 해시 동기화와 HRD 정책이 없는 페더레이션 동기화 사용자입니다
# A code the catalogue does not have, or an error without a code.
aadsts-unknown-summary = AADSTS{ $code }: { $first }
aadsts-unknown-summary-not-in-catalogue = AADSTS{ $code }: dynsync 카탈로그에 없음
aadsts-error-summary = Azure AD 오류 { $error }: { $first }
aadsts-error-summary-no-code = Azure AD 오류 { $error }(AADSTS 코드 없음)
aadsts-error-summary-no-error = Azure AD 오류: { $first }
aadsts-error-summary-nothing = Azure AD가 AADSTS 코드 없이 오류를 반환했습니다
aadsts-unknown-no-advice = dynsync에는 AADSTS{ $code }에 대한 구체적인 조언이 없습니다.
aadsts-unknown-no-code = 응답에 AADSTS 코드가 없으므로 dynsync는 Microsoft의 메시지 이상을 알려 드릴 수 없습니다.
aadsts-unknown-microsofts-message = Microsoft의 메시지: { $message }
aadsts-unknown-error-page = 오류 페이지: { $uri }
aadsts-unknown-look-up = 코드 조회: https://login.microsoftonline.com/error?code={ $code }
aadsts-unknown-sign-in-logs = { -sign-in-logs }을(를) 열고 동기화 사용자로 필터링(또는 상관관계 ID 검색)한 다음, 실패한 로그인의 실패 이유 (Failure reason), 추가 정보 (Additional details), 조건부 액세스 (Conditional Access) 탭을 확인하십시오.
# The ids Microsoft support asks for, on the remedy's last line; $ids are the parts below,
# joined with ", ".
aadsts-support-line = Microsoft 지원에 제공할 정보: { $ids }
aadsts-support-trace-id = 추적 ID(Trace ID): { $value }
aadsts-support-correlation-id = 상관관계 ID(Correlation ID): { $value }
aadsts-support-timestamp = 타임스탬프(Timestamp): { $value }

## Entries, by code

aadsts-50001 =
    .cause = 토큰 요청의 리소스(Dynamics 조직 URL)가 이 테넌트에서 사용 안 함 상태이거나 존재하지 않습니다. AADSTS500011의 v1 엔드포인트 형식입니다.
    .remedy =
        1. Marketo에 입력한 조직 URL을 확인합니다. https://contoso.crm.dynamics.com 같은 환경 자체의 주소여야 하며, 지역(crm, crm4, crm11…)이 맞고 호스트 뒤에 아무것도 없어야 합니다.
        2. 환경, 동기화 사용자, 앱 등록이 같은 테넌트에 있는지 확인합니다.
        3. Marketo에서는 첫 동기화 후 URL을 변경할 수 없으므로 저장하기 전에 수정하고 `dynsync validate`를 다시 실행합니다.
aadsts-50020 =
    .cause = 동기화 사용자가 다른 ID 공급자나 테넌트에서 왔으며 Dynamics를 소유한 테넌트의 구성원이 아닙니다. 다른 테넌트의 게스트와 개인 Microsoft 계정은 Marketo가 사용하는 암호 로그인을 쓸 수 없습니다.
    .remedy =
        1. Dynamics 테넌트에서 만든 구성원 계정을 동기화 사용자로 사용합니다(Adobe는 라이선스가 있는 전용 동기화 사용자를 요구함).
        2. 그 사용자 계정 이름(UPN)을 Marketo의 사용자 이름 (Username)에 입력하고 `dynsync validate`를 다시 실행합니다.
aadsts-50034 =
    .cause = Azure AD가 테넌트에서 이 사용자 이름의 사용자를 찾지 못했습니다. 사용자 이름이 잘못 입력되었거나, 사용자 계정 이름이 아닌 이메일 별칭이거나, 요청이 다른 테넌트로 갔습니다.
    .remedy =
        1. Microsoft Entra 관리 센터 → 사용자 (Users) → 모든 사용자 (All users): 동기화 사용자를 찾아 사용자 계정 이름 (User principal name)을 정확히 복사합니다(항상 이메일 주소와 같지는 않음).
        2. 사용한 테넌트(--tenant 또는 조직 URL에서 찾은 테넌트)가 사용자가 속한 테넌트인지 확인합니다.
        3. UPN을 Marketo의 사용자 이름 (Username)에 입력하고 `dynsync validate`를 다시 실행합니다.
aadsts-50049 =
    .cause = 로그인 호스트(인증 기관)를 알 수 없거나 올바르지 않습니다. 요청이 Azure AD 로그인 엔드포인트가 아닌 호스트로 갔습니다.
    .remedy = 테넌트 클라우드의 로그인 호스트를 사용하십시오: 상용 및 GCC는 login.microsoftonline.com, GCC High 및 DoD는 login.microsoftonline.us, 중국은 login.partner.microsoftonline.cn입니다. dynsync에서는 --cloud(public, usgov, usgovhigh, dod, china)로 선택하고 `dynsync validate`를 다시 실행하십시오.
aadsts-50053 =
    .cause = 잘못된 암호가 너무 많아 Azure AD가 동기화 사용자의 로그인을 잠갔거나(스마트 잠금), 악성 활동이 있는 IP 주소에서 온 로그인을 차단했습니다. 시도할 때마다 잠금이 연장될 수 있습니다.
    .remedy =
        지금 다시 시도하지 말고, Marketo의 재시도도 중지하십시오.
        1. Marketo가 저장된 잘못된 암호로 계속 로그인하면 일시 중지합니다: Marketo 관리 (Admin) → Microsoft Dynamics → 동기화 비활성화 (Disable Sync).
        2. 새로 시도하기 전에 약 30분 기다립니다.
        3. { -sign-in-logs }: 오류 코드 50053인 동기화 사용자의 로그인을 찾아 실패 이유 (Failure reason)(잠금 또는 악성 IP)를 확인합니다.
        4. 위험으로 인한 차단이면 보호 (Protection) → ID 보호 (Identity Protection) → 위험한 사용자 (Risky users)에서 사용자를 검토하고, 원본을 신뢰할 수 있으면 안전 확인 또는 위험 해제를 합니다.
        5. 암호를 확인하고(확실하지 않으면 재설정) Marketo에 입력한 다음 `dynsync validate`를 한 번 실행합니다.
aadsts-50055 =
    .cause = 동기화 사용자의 암호가 만료되었습니다. Marketo는 암호를 변경할 수 없으므로 새 암호를 설정하고 입력할 때까지 동기화가 중단됩니다.
    .remedy =
        1. 암호를 재설정합니다: Microsoft Entra 관리 센터 → 사용자 (Users) → 동기화 사용자 → 암호 재설정 (Reset password). 온-프레미스 AD에서 동기화된 사용자는 AD에서 재설정하고 다음 동기화를 기다립니다.
        2. 재설정 후 다음 로그인 시 변경을 요구하면 동기화 사용자로 한 번 로그인하여(예: https://myaccount.microsoft.com) 최종 암호를 설정합니다.
        3. 재발을 막으려면 이 서비스 계정을 암호 만료에서 제외합니다(클라우드 사용자는 Microsoft Graph로 passwordPolicies를 DisablePasswordExpiration으로 설정, 동기화된 사용자는 AD에서 만료되지 않는 암호 정책 적용).
        4. { -marketo-edit }
        5. `dynsync validate`를 다시 실행합니다.
aadsts-50056 =
    .cause = Azure AD에 동기화 사용자의 암호가 없어 Marketo가 보낸 암호를 확인할 수 없습니다. 암호 해시가 동기화되지 않은 동기화 또는 페더레이션 사용자, 또는 암호 없는 로그인 전용 계정에서 흔히 발생합니다.
    .remedy =
        1. 온-프레미스 AD에서 동기화된 사용자는 Microsoft Entra Connect에서 암호 해시 동기화를 사용하도록 설정하고(선택적 기능 (Optional features) → 암호 해시 동기화 (Password hash synchronization)) 해시가 Entra ID에 도달할 때까지 기다립니다. 페더레이션 도메인에는 `dynsync explain 50126`이 보여 주는 HRD 정책도 필요합니다.
        2. 또는 암호가 있는 클라우드 전용 동기화 사용자를 사용합니다.
        3. `dynsync validate`를 다시 실행합니다.
aadsts-50057 =
    .cause = 동기화 사용자의 계정이 사용 안 함 상태이므로 Azure AD가 로그인을 거부합니다.
    .remedy =
        1. Microsoft Entra 관리 센터 → 사용자 (Users) → 동기화 사용자 → 속성 편집 (Edit properties) → 설정 (Settings) → 계정 사용 (Account enabled).
        2. 온-프레미스 AD에서 동기화된 사용자는 Active Directory에서 사용하도록 설정하고(Enable-ADAccount) 다음 동기화를 기다립니다.
        3. `dynsync validate`를 다시 실행합니다.
aadsts-50059 =
    .cause = Azure AD가 요청 대상 테넌트를 알 수 없습니다. URL에 테넌트가 없고 자격 증명에서도 알 수 없습니다.
    .remedy = { -tenant-endpoint-steps }
aadsts-50064 =
    .cause = Azure AD가 동기화 사용자의 사용자 이름 또는 암호를 확인할 수 없습니다.
    .remedy = 암호가 틀린 경우처럼 처리하십시오. Marketo에 입력한 사용자 이름 (Username)과 암호 (Password)를 확인하고(앞뒤 공백 없음) { -sign-in-logs }에서 실패한 로그인을 확인하십시오. 실패가 반복되면 잠금(AADSTS50053)이 발생하므로 값을 확인한 후에만 `dynsync validate`를 실행하십시오.
aadsts-50072 =
    .cause = 동기화 사용자에게 다단계 인증 등록이 요구됩니다. Marketo가 수행할 수 없는 대화형 단계입니다.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50074 =
    .cause = 강력한 인증이 필요한데 동기화 사용자가 MFA 챌린지를 통과하지 못했습니다. 암호 로그인은 MFA 챌린지에 응답할 수 없습니다.
    .remedy = { -mfa-steps }
aadsts-50076 =
    .cause = Azure AD가 동기화 사용자에게 다단계 인증을 요구합니다(조건부 액세스 정책, 사용자별 MFA 또는 위치 규칙). Marketo는 암호로만 로그인하므로 차단됩니다.
    .remedy = { -mfa-steps }
aadsts-50079 =
    .cause = 동기화 사용자가 로그인하려면 먼저 다단계 인증용 보안 정보를 등록해야 합니다. Marketo는 등록도, 그 후의 MFA도 수행할 수 없습니다.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50097 =
    .cause = 조건부 액세스 정책이 장치 인증을 요구합니다. Marketo 서버는 등록된 장치가 아니므로 동기화 사용자는 이 조건을 충족할 수 없습니다.
    .remedy = { -mfa-steps }
aadsts-50105 =
    .cause = Marketo 앱의 엔터프라이즈 애플리케이션에 사용자 할당이 필요한데 동기화 사용자가 할당되어 있지 않습니다.
    .remedy =
        1. Microsoft Entra 관리 센터 → 엔터프라이즈 애플리케이션 (Enterprise applications) → Marketo 앱 → 사용자 및 그룹 (Users and groups) → 사용자/그룹 추가 (Add user/group) → 동기화 사용자 선택 → 할당 (Assign).
        2. 또는 앱의 속성 (Properties) 페이지에서 할당 필요? (Assignment required?)를 아니요 (No)로 설정합니다.
        3. `dynsync validate`를 다시 실행합니다.
aadsts-50125 =
    .cause = 동기화 사용자에게 셀프 서비스 암호 재설정 등록을 요구하느라 로그인이 중단되었습니다. Marketo가 완료할 수 없는 대화형 단계입니다.
    .remedy =
        1. 동기화 사용자로 한 번 대화형 로그인하여 등록을 완료하거나, 등록이 필요한 그룹에서 계정을 제외합니다(보호 (Protection) → 암호 재설정 (Password reset) → 등록 (Registration)).
        2. `dynsync validate`를 다시 실행합니다.
aadsts-50126 =
    .cause = Azure AD가 동기화 사용자의 사용자 이름과 암호를 받아들이지 않았습니다. 페더레이션 도메인의 사용자는 Azure AD가 암호를 직접 확인할 수 없을 때도 같은 코드가 반환됩니다.
    .remedy =
        이 코드의 원인은 두 가지입니다. 동기화 사용자의 도메인을 확인하여 구분하십시오: Microsoft Entra 관리 센터 → 설정 (Settings) → 도메인 이름 (Domain names)에서 페더레이션 도메인을 확인할 수 있습니다.
        도메인이 관리되는 도메인(클라우드 전용, 암호 해시 동기화 또는 통과 인증)이면 암호나 사용자 이름이 틀린 것입니다:
        { -managed-50126 }
        도메인이 페더레이션 도메인이면: { -federated-50126 }
aadsts-50128 =
    .cause = Azure AD가 요청이나 사용자 이름의 도메인에 해당하는 테넌트를 찾지 못했습니다. @ 뒤의 도메인이 어떤 테넌트의 확인된 도메인도 아닐 가능성이 큽니다.
    .remedy =
        1. 동기화 사용자 이름의 @ 뒤 도메인을 확인합니다. Dynamics 테넌트의 확인된 도메인(Microsoft Entra 관리 센터 → 설정 (Settings) → 도메인 이름 (Domain names)) 또는 *.onmicrosoft.com 도메인이어야 합니다.
        2. --tenant로 테넌트를 명시적으로 지정합니다(디렉터리 ID 또는 확인된 도메인).
        3. `dynsync validate`를 다시 실행합니다.
aadsts-50131 =
    .cause = 조건부 액세스 결정으로 로그인이 차단되었습니다: 장치 상태, 의심스러운 활동, 또는 액세스나 보안 정책.
    .remedy = { -mfa-steps }
aadsts-50135 =
    .cause = ID 보호가 동기화 사용자를 위험한 사용자로 판단하여 암호 변경을 요구하지만, Marketo는 이를 수행할 수 없습니다.
    .remedy =
        1. 보호 (Protection) → ID 보호 (Identity Protection) → 위험한 사용자 (Risky users): 동기화 사용자를 조사합니다.
        2. 암호를 재설정하고(사용자 (Users) → 동기화 사용자 → 암호 재설정 (Reset password)) 계정을 신뢰할 수 있으면 위험을 해제합니다.
        3. { -marketo-edit }
        4. `dynsync validate`를 다시 실행합니다.
aadsts-50144 =
    .cause = 동기화 사용자의 온-프레미스 Active Directory 암호가 만료되었습니다.
    .remedy =
        1. Active Directory에서 암호를 재설정하고(Active Directory 사용자 및 컴퓨터 또는 Set-ADAccountPassword) Microsoft Entra Connect가 동기화할 때까지 기다립니다.
        2. 이 서비스 계정에 AD에서 만료되지 않는 암호 정책을 적용합니다.
        3. { -marketo-edit }
        4. `dynsync validate`를 다시 실행합니다.
aadsts-50158 =
    .cause = 외부 보안 챌린지가 충족되지 않았습니다: 타사 MFA 공급자, 조건부 액세스 사용자 지정 컨트롤 또는 사용 약관. Marketo는 어떤 대화형 챌린지도 완료할 수 없습니다.
    .remedy =
        사용자 지정 컨트롤이나 사용 약관을 요구하는 정책에서 동기화 사용자를 제외하십시오.
        { -mfa-steps }
aadsts-50173 =
    .cause = 동기화 사용자의 암호가 변경되었거나 관리자가 세션을 취소하여 권한 부여가 취소되었습니다. 현재 암호로 다시 로그인해야 합니다.
    .remedy =
        1. 동기화 사용자의 현재 암호를 입력합니다. { -marketo-edit }
        2. `dynsync validate`를 다시 실행합니다.
aadsts-50196 =
    .cause = Azure AD가 클라이언트 루프를 감지했습니다. 짧은 시간에 같은 토큰 요청이 너무 자주 도착하여 이후 요청이 제한됩니다.
    .remedy =
        지금 다시 시도하지 마십시오.
        1. 몇 분 기다리고, 동기화 사용자의 토큰을 반복 요청하는 스크립트나 모니터를 중지합니다.
        2. { -sign-in-logs }: 동기화 사용자로 필터링하여 어떤 애플리케이션이 요청을 보내는지 확인합니다.
        3. 잠시 후 `dynsync validate`를 한 번 실행합니다.
aadsts-53000 =
    .cause = 조건부 액세스 정책이 규정 준수(관리되는) 장치를 요구합니다. Marketo는 자체 서버에서 로그인하므로 규정 준수 장치가 될 수 없습니다.
    .remedy = { -mfa-steps }
aadsts-53001 =
    .cause = 조건부 액세스 정책이 도메인에 가입된 장치를 요구합니다. Marketo 서버는 귀사의 도메인에 가입되어 있지 않습니다.
    .remedy = { -mfa-steps }
aadsts-53002 =
    .cause = 조건부 액세스 정책이 승인된 클라이언트 앱을 요구합니다. Marketo 커넥터는 여기에 해당하지 않습니다.
    .remedy = { -mfa-steps }
aadsts-53003 =
    .cause = 조건부 액세스 정책이 로그인을 차단했습니다. 위치, 플랫폼, 클라이언트 앱 또는 위험을 기준으로 차단할 수 있습니다.
    .remedy =
        정책이 위치를 기준으로 차단하면, 사용자를 제외하는 대신 Marketo의 아웃바운드 IP 주소(Adobe 지원에 문의)를 신뢰할 수 있는 명명된 위치로 추가할 수도 있습니다.
        { -mfa-steps }
aadsts-53004 =
    .cause = 동기화 사용자가 로그인하려면 먼저 다단계 인증 등록(proof-up)을 완료해야 합니다. Marketo는 등록도, 그 후의 MFA도 수행할 수 없습니다.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-65001 =
    .cause = Marketo 앱의 Dynamics CRM 권한(user_impersonation)에 아무도 동의하지 않아 Azure AD가 Dynamics용 토큰을 발급하지 않습니다.
    .remedy = { -consent-steps }
aadsts-70001 =
    .cause = 이 테넌트에서 Marketo 앱이 사용 안 함 상태입니다.
    .remedy = { -app-enable-steps }
aadsts-70002 =
    .cause = Azure AD가 클라이언트 자격 증명(클라이언트 ID와 클라이언트 암호)을 확인할 수 없습니다. 이전 v1 응답은 이 일반 코드를 먼저 보내고 구체적인 원인을 뒤에 보내며, dynsync는 마지막 코드를 기준으로 합니다.
    .remedy =
        1. 응답에 더 구체적인 코드가 있으면 그 코드로 `dynsync explain`을 실행합니다.
        2. 그렇지 않으면 클라이언트 암호를 확인합니다. 암호의 값 (Value)(비밀 ID (Secret ID)가 아님)이어야 하고, 만료되지 않았으며, 클라이언트 ID와 같은 앱 등록의 것이어야 합니다(앱 등록 (App registrations) → Marketo 앱 → 인증서 및 비밀 (Certificates & secrets)).
        3. 확실하지 않으면 새 클라이언트 암호를 만들어 그 값을 Marketo에 입력하고 `dynsync validate`를 다시 실행합니다.
aadsts-70008 =
    .cause = 새로 고침 토큰 또는 권한 부여가 만료되었거나 취소되었습니다. Marketo가 암호로 다시 로그인해야 합니다.
    .remedy =
        1. Marketo가 새로 로그인하도록 동기화 사용자의 자격 증명을 다시 입력합니다(암호가 바뀌었으면 새 암호로). { -marketo-edit }
        2. `dynsync validate`를 실행하여 암호 로그인이 작동하는지 확인합니다.
aadsts-70011 =
    .cause = 요청한 범위가 올바르지 않습니다. Marketo의 범위는 조직 URL로 만들어지므로({"{org URL}"}/.default), URL이 틀리거나 형식이 잘못되면 이 오류가 발생합니다.
    .remedy =
        1. 조직 URL을 확인합니다: https://<org>.crm<N>.dynamics.com, 경로 없음(/api/data… 없음), 오타 없음.
        2. 범위에는 리소스가 하나만 있어야 합니다(그렇지 않으면 AADSTS700022).
        3. URL을 수정하고 `dynsync validate`를 다시 실행합니다.
aadsts-80001 =
    .cause = 통과 인증 에이전트가 Active Directory에 연결할 수 없어 동기화 사용자의 암호를 확인할 수 없습니다.
    .remedy = { -pta-steps }
aadsts-80002 =
    .cause = 통과 인증 에이전트를 통한 암호 확인 시간이 초과되었습니다.
    .remedy = { -pta-steps }
aadsts-80012 =
    .cause = 동기화 사용자가 Active Directory에서 허용된 로그온 시간 외에 로그인하려고 했습니다.
    .remedy =
        1. Active Directory 사용자 및 컴퓨터 → 동기화 사용자 → 계정 (Account) → 로그온 시간 (Logon Hours): 모든 시간을 허용합니다(동기화는 24시간 실행됨).
        2. 변경 내용이 복제되면 `dynsync validate`를 다시 실행합니다.
aadsts-80013 =
    .cause = 통과 인증 에이전트 서버의 시계가 Active Directory와 너무 많이 차이 납니다.
    .remedy =
        1. 에이전트 서버의 시간 동기화를 수정합니다(도메인 시간 계층을 따라야 하며, w32tm /resync로 강제 업데이트).
        2. `dynsync validate`를 다시 실행합니다.
aadsts-80014 =
    .cause = 통과 인증 에이전트가 허용된 최대 시간이 지난 후에 응답했습니다.
    .remedy = { -pta-steps }
aadsts-90002 =
    .cause = 요청에 지정된 테넌트를 찾을 수 없습니다. 테넌트 ID나 도메인이 잘못 입력되었거나, 확인된 도메인이 아니거나, 다른 클라우드(미국 정부 또는 중국)에 속합니다.
    .remedy =
        1. --tenant로 지정한 값을 확인합니다: Microsoft Entra 관리 센터 → 개요 (Overview)의 디렉터리(테넌트) ID (Directory (tenant) ID) 또는 contoso.onmicrosoft.com 같은 확인된 도메인이어야 합니다. 또는 --tenant를 생략하여 조직 URL에서 찾게 합니다.
        2. 테넌트를 사용자 이름의 도메인에서 가져왔다면 그 도메인이 테넌트에서 확인된 도메인이어야 합니다. 그렇지 않으면 사용자 이름 (Username)을 수정합니다.
        3. GCC High, DoD 또는 중국이면 --cloud usgovhigh, dod 또는 china를 지정합니다.
        4. `dynsync validate`를 다시 실행합니다.
aadsts-90010 =
    .cause = Azure AD가 요청에 필요한 알고리즘을 만들 수 없습니다(Microsoft 참조 문서의 "Unable to create the algorithm"). 암호 부여가 /common 또는 /consumers 엔드포인트로 간 경우에도 서버가 이 코드를 보내며 Microsoft의 메시지에 그렇게 나옵니다. 메시지가 있으면 dynsync는 그 메시지를 기준으로 합니다.
    .remedy =
        1. Microsoft의 메시지(error_description)를 읽습니다. /common 또는 /consumers 엔드포인트에서 부여 유형이 지원되지 않는다고 하면 요청에 테넌트가 지정되지 않은 것입니다. { -tenant-endpoint-steps }
        2. 그렇지 않으면 설정에서 알려진 원인이 없습니다. 나중에 `dynsync validate`를 다시 실행하고, 계속되면 { -sign-in-logs }을(를) 열어 실패한 로그인을 찾은 다음 추적 ID(Trace ID)와 상관관계 ID(Correlation ID)를 Microsoft 지원에 제공하십시오.
# AADSTS90010 when Microsoft's message says the grant type is not supported over /common or
# /consumers (what servers send for a password grant there): a summary (after the code and
# name), the cause `dynsync explain` shows, and a remedy.
aadsts-90010-common =
    .summary = /common 또는 /consumers 엔드포인트에서는 암호 부여가 지원되지 않습니다. 요청에 테넌트를 지정해야 합니다
    .cause = 요청이 암호 부여를 허용하지 않는 /common 또는 /consumers 엔드포인트로 갔습니다. 요청은 테넌트 자체의 엔드포인트(디렉터리(테넌트) ID 또는 확인된 도메인)나 /organizations로 가야 합니다.
    .remedy =
        요청이 /common 또는 /consumers로 갔습니다. 암호 부여에는 테넌트 자체의 엔드포인트나 /organizations가 필요합니다.
        { -tenant-endpoint-steps }
aadsts-90014 =
    .cause = 요청에 필요한 필드가 없습니다. 자격 증명이 틀린 것이 아니라 요청을 만든 방식의 문제입니다.
    .remedy =
        1. 입력값(클라이언트 ID, 클라이언트 암호, 사용자 이름, 암호, 조직 URL) 중 비어 있는 것이 없는지 확인합니다.
        2. `dynsync validate`를 다시 실행합니다. 모든 입력값이 있는데도 계속되면 추적 ID(Trace ID)를 포함하여 dynsync 버그로 보고하십시오.
aadsts-90038 =
    .cause = 테넌트가 국가별 클라우드(미국 정부 또는 중국)에 속하는데 요청이 다른 클라우드의 로그인 호스트로 갔습니다.
    .remedy =
        1. 테넌트 클라우드의 로그인 호스트를 사용합니다. dynsync에서는 --cloud usgovhigh 또는 --cloud dod(login.microsoftonline.us), --cloud china(login.partner.microsoftonline.cn)를 사용합니다. GCC는 --cloud usgov를 사용하며 상용 호스트에서 로그인합니다.
        2. 조직 URL로 클라우드를 알 수 있습니다: *.crm.microsoftdynamics.us는 GCC High, *.crm.appsplatform.us는 DoD, *.crm.dynamics.cn은 중국, *.crm9.dynamics.com은 GCC입니다.
        3. `dynsync validate --cloud …`를 다시 실행합니다.
aadsts-90055 =
    .cause = 요청이 너무 많이 도착하여 Azure AD가 이 테넌트의 요청을 제한하고 있습니다.
    .remedy =
        지금 다시 시도하지 마십시오.
        1. 몇 분 기다리고, 토큰을 반복 요청하는 루프를 중지합니다.
        2. 그런 다음 `dynsync validate`를 한 번 실행합니다.
aadsts-90094 =
    .cause = 동기화 사용자가 로그인하려면 먼저 관리자가 Marketo 앱의 권한에 동의해야 합니다.
    .remedy = { -consent-steps }
aadsts-500011 =
    .cause = 토큰을 요청한 조직 URL과 일치하는 리소스가 테넌트에 없습니다. 조직 URL이 틀렸거나(지역, 철자) Dynamics 환경이 다른 테넌트에 속합니다.
    .remedy =
        1. Dynamics(설정 (Settings) → 사용자 지정 (Customizations) → 개발자 리소스 (Developer Resources)) 또는 Power Platform 관리 센터(환경 (Environments) → 해당 환경 → 환경 URL (Environment URL))에서 조직 URL을 복사하여 비교합니다: https://<org>.crm<N>.dynamics.com, 호스트 뒤에 아무것도 없어야 합니다.
        2. 동기화 사용자, 앱 등록, 환경이 모두 같은 테넌트에 있는지 확인합니다.
        3. Marketo에서는 첫 동기화 후 URL을 변경할 수 없으므로 저장하기 전에 정확히 입력하고 `dynsync validate`를 다시 실행합니다.
aadsts-500014 =
    .cause = 이 테넌트에서 Dynamics CRM 서비스 주체가 사용 안 함 상태입니다. 예를 들어 구독이 만료되었거나 관리자가 사용하지 않도록 설정했습니다.
    .remedy =
        1. Microsoft Entra 관리 센터 → 엔터프라이즈 애플리케이션 (Enterprise applications) → 애플리케이션 유형 (Application type): Microsoft 애플리케이션 (Microsoft Applications) → Dynamics CRM(앱 ID 00000007-0000-0000-c000-000000000000) → 속성 (Properties) → 사용자가 로그인할 수 있나요? (Enabled for users to sign in?) → 예 (Yes).
        2. Microsoft 365 관리 센터 → 청구 (Billing) → 사용자의 제품 (Your products)에서 Dynamics 365 구독을 확인합니다.
        3. `dynsync validate`를 다시 실행합니다.
aadsts-530003 =
    .cause = 조건부 액세스 정책이 이 리소스에 액세스하려면 관리되는 장치를 요구합니다. Marketo 서버는 관리되는 장치가 될 수 없습니다.
    .remedy = { -mfa-steps }
aadsts-530032 =
    .cause = 테넌트 수준 보안 정책이 요청을 차단했습니다.
    .remedy =
        실패한 로그인에 표시된 테넌트의 보안 정책을 검토하십시오.
        { -mfa-steps }
aadsts-530035 =
    .cause = 보안 기본값이 로그인을 레거시 또는 안전하지 않은 인증으로 차단했습니다. 보안 기본값은 MFA를 요구하며 개별 계정을 제외할 수 없습니다.
    .remedy =
        보안 기본값에서는 사용자를 제외할 수 없습니다. 보안 기본값을 끄고(Microsoft Entra 관리 센터 → 개요 (Overview) → 속성 (Properties) → 보안 기본값 관리 (Manage security defaults) → 사용 안 함 (Disabled)) 동기화 사용자를 제외하는 조건부 액세스 정책으로 대체하거나, Marketo의 서버 간(S2S) 연결을 사용하십시오.
        { -mfa-steps }
aadsts-650052 =
    .cause = 앱에 필요한 서비스를 테넌트가 구독하지 않았거나 사용하도록 설정하지 않았습니다. Marketo의 경우 테넌트에 Dynamics 365(Dataverse) 서비스가 없다는 뜻입니다.
    .remedy =
        1. Dynamics 365 환경을 소유한 테넌트를 사용하는지 확인합니다(--tenant와 조직 URL의 테넌트 비교).
        2. 테넌트에 활성 Dynamics 365 또는 Power Apps 구독이 있는지 확인합니다(Microsoft 365 관리 센터 → 청구 (Billing) → 사용자의 제품 (Your products)).
        3. `dynsync validate`를 다시 실행합니다.
aadsts-650056 =
    .cause = Marketo 앱에 Dynamics CRM 권한이 없거나, 관리자가 그 권한에 동의하지 않았습니다.
    .remedy = { -consent-steps }
aadsts-650057 =
    .cause = Marketo 앱이 Dynamics를 요청했지만 Dynamics가 앱 등록의 API 권한에 없습니다.
    .remedy = { -consent-steps }
aadsts-700003 =
    .cause = Azure AD가 존재하지 않는 장치 개체(삭제된 장치)를 찾았습니다. 장치 기반 조건부 액세스 정책이 동기화 사용자에게 적용될 때 발생합니다.
    .remedy = { -mfa-steps }
aadsts-700011 =
    .cause = 테넌트에 이 클라이언트 ID의 애플리케이션이 없습니다.
    .remedy = { -client-id-steps }
aadsts-700016 =
    .cause = Azure AD가 테넌트에서 이 클라이언트 ID의 애플리케이션을 찾지 못했습니다. 클라이언트 ID가 잘못 입력되었거나, 애플리케이션(클라이언트) ID가 아닌 개체 ID이거나, 앱이 다른 테넌트에 있습니다.
    .remedy = { -client-id-steps }
aadsts-700022 =
    .cause = 범위에 리소스가 두 개 이상 있습니다. Marketo의 범위는 조직 URL 뒤에 /.default(및 offline_access)만 붙은 형태여야 합니다.
    .remedy =
        1. 조직 URL이 https://contoso.crm.dynamics.com 같은 단일 주소인지 확인합니다.
        2. `dynsync validate`를 다시 실행합니다.
aadsts-700025 =
    .cause = 앱 등록이 퍼블릭 클라이언트로 처리되어 Azure AD가 Marketo가 보내는 클라이언트 암호를 거부합니다.
    .remedy =
        1. Microsoft Entra 관리 센터 → 앱 등록 (App registrations) → Marketo 앱 → 인증 (Authentication) → 고급 설정 (Advanced settings) → 퍼블릭 클라이언트 흐름 허용 (Allow public client flows) → 아니요 (No) → 저장 (Save)(isFallbackPublicClient = false).
        2. Marketo에 클라이언트 암호를 유지합니다. Marketo는 기밀 클라이언트로 로그인합니다.
        3. `dynsync validate`를 다시 실행합니다.
aadsts-900144 =
    .cause = 요청 본문에 필수 매개 변수가 없습니다. Microsoft의 메시지에 그 이름이 나옵니다.
    .remedy =
        1. 입력값(클라이언트 ID, 클라이언트 암호, 사용자 이름, 암호, 조직 URL) 중 비어 있는 것이 없는지 확인합니다.
        2. 모든 입력값이 있는데도 계속되면 요청 형식이 잘못된 것입니다(흔히 폼 인코딩). 추적 ID(Trace ID)를 포함하여 dynsync 버그로 보고하십시오.
aadsts-901002 =
    .cause = 요청이 'scope'만 허용하는 v2.0 토큰 엔드포인트에 'resource' 매개 변수를 보냈습니다.
    .remedy = 설정 문제가 아니라 클라이언트 버그입니다. v2.0은 scope={"{org URL}"}/.default를, v1 엔드포인트는 resource={"{org URL}"}를 사용합니다. dynsync가 보낸 요청이면 추적 ID(Trace ID)와 함께 보고하십시오.
aadsts-7000112 =
    .cause = 이 테넌트에서 Marketo 앱이 사용 안 함 상태입니다.
    .remedy = { -app-enable-steps }
aadsts-7000215 =
    .cause = Azure AD가 클라이언트 암호를 거부했습니다. 대부분 암호의 값 대신 비밀 ID를 복사했거나, 암호가 다른 앱 등록의 것입니다.
    .remedy =
        비밀 ID와 값: 앱 등록 (App registrations) → Marketo 앱 → 인증서 및 비밀 (Certificates & secrets)에는 각 클라이언트 암호의 값 (Value)과 비밀 ID (Secret ID)가 표시됩니다. Marketo에는 값이 필요하며, 포털은 암호를 만든 직후 한 번만 값 전체를 표시합니다. GUID 형식의 문자열(8-4-4-4-12 16진수)은 암호가 아니라 비밀 ID입니다.
        1. 값이 더 이상 없으면 새 클라이언트 암호를 만들고(인증서 및 비밀 (Certificates & secrets) → 새 클라이언트 암호 (New client secret)) 바로 값을 복사합니다.
        2. 암호가 클라이언트 ID와 같은 앱 등록의 것인지 확인합니다.
        3. { -marketo-edit }
        4. `dynsync validate`를 다시 실행합니다.
aadsts-7000218 =
    .cause = 앱 등록이 기밀 클라이언트인데 요청에 클라이언트 암호가 없습니다. Marketo의 암호 설정에는 클라이언트 암호가 필요합니다.
    .remedy =
        1. 클라이언트 암호의 값을 Marketo(클라이언트 암호 (Client Secret))에 입력하고 dynsync에도 제공합니다.
        2. 퍼블릭 클라이언트 흐름 허용 (Allow public client flows)은 아니요 (No)로 유지합니다. 앱을 퍼블릭 클라이언트로 바꾸면 암호를 보내는 Marketo에 맞지 않습니다(AADSTS700025 발생).
        3. `dynsync validate`를 다시 실행합니다.
aadsts-7000222 =
    .cause = 클라이언트 암호가 만료되었습니다. Marketo는 계속 이 암호를 보내므로 새 암호를 입력할 때까지 동기화가 중단됩니다.
    .remedy =
        1. 앱 등록 (App registrations) → Marketo 앱 → 인증서 및 비밀 (Certificates & secrets) → 새 클라이언트 암호 (New client secret): 만료된 암호 옆에 새 암호를 만들고 값 (Value)을 복사합니다(한 번만 표시됨). 만료 전에 교체할 수 있도록 만료일을 기록해 둡니다.
        2. { -marketo-edit }
        3. `dynsync validate`를 실행하여 확인합니다.
        4. 동기화가 새 암호로 실행되면 나중에 이전 암호를 삭제합니다.
aadsts-9001023 =
    .cause = /common 또는 /consumers 엔드포인트에서는 암호 부여가 지원되지 않습니다. 요청에 테넌트를 지정해야 합니다.
    .remedy = { -tenant-endpoint-steps }
aadsts-9002313 =
    .cause = 요청 형식이 잘못되었거나 올바르지 않습니다. 자격 증명이 아니라 요청을 만든 방식의 문제입니다.
    .remedy =
        1. `dynsync validate`를 다시 실행합니다.
        2. 계속되면 추적 ID(Trace ID)를 포함하여 dynsync 버그로 보고하십시오(비밀 정보는 포함하지 마십시오).
