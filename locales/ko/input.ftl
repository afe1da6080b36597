### input

# 입력 규칙 (src/input.rs, src/connection.rs): 입력값의 문제와 해결 방법. 규칙의 메시지는
# 문제이고, .fix 속성은 할 일입니다. 입력값이 규칙을 어기는 동안에는 아무것도 전송되지 않습니다.
# $value is the input as typed, already quoted ("…", with escapes).

## The inputs as the messages name them (src/input.rs: field_label).

input-field-client-id = 클라이언트 ID
input-field-client-secret = 클라이언트 암호
input-field-username = 동기화 사용자 이름
input-field-password = 동기화 암호
input-field-org-url = 조직 URL
input-field-tenant = 테넌트

## Where a missing input can come from (src/input.rs: source_hint).

input-source-client-id = --client-id를 지정하거나 DYNSYNC_CLIENT_ID를 설정하십시오
input-source-username = --username을 지정하거나 DYNSYNC_USERNAME을 설정하십시오
input-source-org-url = --org-url을 지정하거나 DYNSYNC_ORG_URL을 설정하십시오
input-source-tenant = --tenant를 지정하거나 DYNSYNC_TENANT를 설정하십시오
input-source-client-secret = DYNSYNC_CLIENT_SECRET을 설정하거나, --secrets-stdin(1행)을 사용하거나, 터미널에서 실행하여 입력하십시오
input-source-password = DYNSYNC_PASSWORD를 설정하거나, --secrets-stdin(2행)을 사용하거나, 터미널에서 실행하여 입력하십시오

# An input nobody gave; $field is its name (input-field-…). The fix is its input-source-… text.
input-missing = { $field } 값이 없습니다

## The sync password.

input-password-empty = 동기화 암호가 비어 있습니다
input-password-white-space = 동기화 암호의 앞이나 뒤에 공백이 있습니다. Azure AD의 암호 부여는 이를 허용하지 않습니다
    .fix = 앞뒤 공백이나 탭 없이 암호를 정확히 입력하십시오

## The client secret.

input-client-secret-empty = 클라이언트 암호가 비어 있습니다
input-client-secret-is-secret-id = 클라이언트 암호가 GUID 형식입니다. 이는 암호의 값 (Value)이 아니라 비밀 ID (Secret ID)입니다
    .fix = Azure Portal(앱 등록 (App registrations) → 해당 앱 → 인증서 및 비밀 (Certificates & secrets))에서 값 (Value) 열을 복사하십시오. 이 값은 암호를 만들 때 한 번만 표시됩니다. 더 이상 표시되지 않으면 새 클라이언트 암호를 만드십시오
input-client-secret-white-space = 클라이언트 암호에 공백이 있습니다. 암호 값에는 공백이 없습니다
    .fix = 앞뒤 공백이나 줄 바꿈 없이 값 (Value)을 다시 복사하십시오

## The client ID.

input-client-id-not-guid = 클라이언트 ID { $value }은(는) GUID가 아닙니다
    .fix = 앱 등록의 개요 (Overview) 페이지에 있는 애플리케이션(클라이언트) ID (Application (client) ID)를 사용하십시오(예: 11111111-2222-3333-4444-555555555555)

## The sync username.

input-username-domain-user = { $value }은(는) DOMAIN\user 형식의 이름입니다. Azure AD에 대한 암호 부여에는 사용자 계정 이름(UPN)이 필요합니다
    .fix = 동기화 사용자의 UPN을 사용하십시오(예: marketo.sync@contoso.com, Entra 관리 센터 → 사용자 (Users) → 해당 사용자 → 사용자 계정 이름 (User principal name))
input-username-control = 동기화 사용자 이름에 제어 문자가 있습니다(터미널이나 문서에서 붙여 넣었습니까?)
input-username-not-upn = { $value }은(는) 사용자 계정 이름(user@domain)이 아닙니다
    .fix = 동기화 사용자의 UPN을 사용하십시오(예: marketo.sync@contoso.com)

## The tenant (--tenant).

input-tenant-not-for-password-grant = 테넌트 { $value }은(는) 암호 부여에 사용할 수 없습니다
    .fix = 디렉터리(테넌트) ID 또는 contoso.onmicrosoft.com 같은 확인된 도메인을 지정하거나, --tenant를 생략하여 자동으로 찾게 하십시오
input-tenant-invalid = 테넌트 { $value }은(는) GUID도 도메인도 아닙니다
    .fix = Entra 관리 센터 → 개요 (Overview)의 디렉터리(테넌트) ID 또는 확인된 도메인을 지정하십시오

## The org URL (src/input.rs: normalize_org_url). $error is the URL parser's own text.

input-org-url-empty = 조직 URL이 비어 있습니다
input-org-url-not-url = 조직 URL { $value }은(는) URL이 아닙니다({ $error })
input-org-url-no-host = 조직 URL { $value }에 호스트가 없습니다
input-org-url-credentials = 조직 URL에 사용자 이름이나 암호를 넣으면 안 됩니다
input-org-url-http = 조직 URL { $value }이(가) http를 사용합니다. Dynamics 365에는 https가 필요합니다
# $scheme is quoted, like $value.
input-org-url-scheme = 조직 URL 스킴 { $scheme }이(가) https가 아닙니다
# The fix for each of the above.
input-org-url-fix = 환경 URL을 사용하십시오(예: https://contoso.crm.dynamics.com, Power Platform 관리 센터 → 환경 (Environments) → 환경 URL (Environment URL))

# What normalising the org URL changed, shown as warnings; the fix is input-org-url-normalised.
input-org-url-api-host = { $host }은(는) Web API 호스트입니다. 인스턴스 호스트 { $instance }을(를) 사용합니다
input-org-url-path-dropped = 조직 URL에서 경로 { $path }을(를) 제거했습니다
input-org-url-path-ignored = 경로 { $path }을(를) 무시했습니다. Dynamics Online 조직 URL에는 경로가 없습니다
input-org-url-query-dropped = 조직 URL에서 쿼리 문자열을 제거했습니다
input-org-url-normalised = dynsync는 위에 표시된 인스턴스 URL을 사용합니다

input-org-host-unknown = { $host }은(는) 알려진 Dynamics 365 Online 호스트가 아닙니다
    .fix = Dynamics Online URL은 https://ORG.crmN.dynamics.com 형식입니다. Power Platform 관리 센터에서 URL을 확인하십시오
# $given and $inferred are cloud names as --cloud takes them (public, usgov, …).
input-cloud-mismatch = --cloud { $given }이(가) 지정되었지만 조직 URL은 { $inferred } 클라우드에 속합니다
    .fix = 조직 URL과 클라우드를 확인하십시오. 로그인 호스트는 --cloud를 따릅니다

## The login host (--authority-host; src/input.rs: normalize_authority_host).

input-authority-not-url = 인증 기관 호스트 { $value }은(는) URL이 아닙니다({ $error })
input-authority-no-host = 인증 기관 호스트 { $value }에 호스트가 없습니다
input-authority-not-https = 인증 기관 호스트 { $value }은(는) https를 사용해야 합니다(http는 루프백에만 허용)
# The fix for each of the above.
input-authority-empty = 인증 기관 호스트가 비어 있습니다
input-authority-userinfo = 인증 기관 호스트 { $value }에 사용자 이름이나 암호를 넣으면 안 됩니다
input-authority-query = 인증 기관 호스트 { $value }에 쿼리나 프래그먼트를 넣으면 안 됩니다
input-authority-fix = https://login.microsoftonline.com 같은 기본 URL을 지정하십시오

## Other settings.

input-timeout-zero = 시간 제한은 1초 이상이어야 합니다
    .fix = --timeout SECS를 SECS ≥ 1로 지정하십시오
input-ca-bundle-missing = CA 번들 { $path }이(가) 없거나 파일이 아닙니다
    .fix = --ca-bundle FILE에 CA 인증서가 담긴 PEM 파일을 지정하십시오. 프로필에 그 경로가 저장되어 있다면(데모 테넌트의 CA는 데모 테넌트가 중지되면 삭제됨) 프로필에 새 경로를 지정하십시오: dynsync profile set NAME --ca-bundle FILE

## Dates (src/input.rs: parse_date).

input-date-invalid = { $value }은(는) 날짜가 아닙니다. YYYY-MM-DD(2027-05-01) 또는 Azure Portal이 영어로 표시하는 M/D/YYYY 형식을 사용하십시오(5/1/2027은 2027년 5월 1일)
