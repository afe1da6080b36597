### commands
# 명령이 출력하는 내용 (src/commands): profile, validate, explain, 데모 배너.
# Names, values, paths and texts from servers come in as arguments; $name is a profile's name.
# A line indented deeper than the message's first keeps the extra spaces; a line that starts
# with "[" writes it {"["}; a last line {""} keeps a final line break.

## Shared by several commands

# Hidden prompts for the secrets.
commands-ask-client-secret = 클라이언트 암호(비밀 ID가 아닌 값 (Value))
commands-ask-password = 동기화 사용자의 암호
commands-ask-password-of = { $username }의 암호

## profile set (src/commands/profile/set.rs)

commands-profile-created = 프로필 { $name }을(를) 만들었습니다
commands-profile-updated = 프로필 { $name }을(를) 업데이트했습니다
commands-profile-set-next = 다음 단계: dynsync profile store-secret { $name } client-secret; dynsync profile store-secret { $name } password
# Followed by the refused fields, one per line.
commands-profile-nothing-saved = 아무것도 저장되지 않았습니다:
# $value: the value as typed, in quotes.
commands-profile-not-a-secret-id = { $value }은(는) GUID가 아닙니다(포털의 비밀 ID (Secret ID) 열)
commands-profile-hint-too-long = 최대 3자: 포털은 암호의 처음 3자만 표시하며, 그보다 많으면 암호가 노출됩니다
commands-profile-not-a-file = { $path }은(는) 파일이 아닙니다

## profile list (src/commands/profile/list.rs): the column headings, then the cells

commands-profile-none =
    아직 프로필이 없습니다. 만들려면:
      dynsync profile set NAME --client-id GUID --username UPN --org-url URL
commands-profile-column-name = 이름
commands-profile-column-org = 조직
commands-profile-column-user = 사용자
commands-profile-column-last-validation = 마지막 검증
commands-profile-column-secret-expires = 암호 만료
# $at: date and time of the last validation (local time, with its offset from UTC).
commands-profile-last-ok = 성공 { $at }
commands-profile-last-failed = 실패 { $at }
commands-profile-never = 없음
# $date: the secret's expiry date; $days: days until it, or since it.
commands-profile-expires-in = { $date }({ $days }일)
commands-profile-expired = { $date }({ $days }일 전 만료)
commands-profile-expiry-unknown = 알 수 없음
# When the keyring cannot be read.
commands-profile-keyring-warning = 경고: { $error }(비밀 정보는 저장되지 않은 것으로 표시됩니다)

## profile show (src/commands/profile/show.rs): a heading, then a line per setting

commands-profile-show-heading = 프로필 { $name }
commands-profile-show-org-url = 조직 URL
commands-profile-show-username = 사용자 이름
commands-profile-show-client-id = 클라이언트 ID
commands-profile-show-tenant = 테넌트
commands-profile-show-cloud = 클라우드
commands-profile-show-authority-host = 인증 기관 호스트
commands-profile-show-ca-bundle = CA 번들
commands-profile-show-secret-id = 비밀 ID
commands-profile-show-secret-hint = 암호 힌트
commands-profile-show-secret-expires = 암호 만료
commands-profile-show-password-changed = 암호 변경일
commands-profile-show-client-secret = 클라이언트 암호
commands-profile-show-password = 암호
commands-profile-show-last-validation = 마지막 검증
commands-profile-show-days-left = { $date }({ $days }일 남음)
commands-profile-show-stored = OS 키링에 저장됨
commands-profile-show-not-stored = 저장되지 않음
# $at: date and time (RFC 3339); $code: the exit code.
commands-profile-show-passed = { $at }에 통과(종료 코드 { $code })
commands-profile-show-failed = { $at }에 실패(종료 코드 { $code })

## profile store-secret (src/commands/profile/store_secret.rs)

# $which: the word as typed, in quotes.
# $problem and $fix: what the input check said.
commands-profile-secret-refused = { $problem }. 아무것도 저장되지 않았습니다. { $fix }
# $kind: client-secret or password; $service and $account: the keyring entry.
commands-profile-secret-stored = { $name }의 { $kind }을(를) OS 키링에 저장했습니다(서비스 { $service }, 계정 { $account }).

## profile remove (src/commands/profile/remove.rs)

commands-profile-remove-needs-confirmation = { $name }을(를) 제거하려면 확인이 필요합니다. 터미널에서 실행하거나 --yes를 지정하십시오
commands-profile-remove-confirm = 프로필 { $name }과(와) 해당 키링 항목을 제거하시겠습니까?
commands-profile-kept = { $name }을(를) 유지했습니다.
commands-profile-removed = 프로필 { $name }과(와) 해당 키링 항목을 제거했습니다.

## validate (src/commands/validate.rs)

# The heading over the report. $host: the org's host; $who: the sync user.
commands-validate-heading = { $who }(으)로 { $host } 검사 중
commands-validate-heading-inputs = 입력값 검사 중
commands-validate-no-profiles = 아직 프로필이 없습니다. `dynsync profile set NAME --client-id … --username … --org-url …`로 만드십시오
commands-validate-secrets-stdin-tty = --secrets-stdin은 터미널이 아닌 파이프에서 읽습니다. 클라이언트 암호와 암호를 파이프로 전달하거나, 이 플래그를 빼고 실행하여 입력하십시오
# A keyring that cannot be read: the secrets are looked for elsewhere.
commands-keyring-warning =
    경고: { $error }
    { errors-headless-help }
commands-validate-record-failed = 경고: 검증 결과를 프로필에 기록할 수 없습니다: { $error }
# With -v after a demo run.
commands-validate-demo-stats =
    {"["}demo] 시뮬레이터가 TLS 연결 { $connections }개로 요청 { $requests }개를 처리했습니다

## validate --all: one line per profile, then a summary

commands-validate-all-progress = 프로필 { $count }개 검증 중…
# A profile's line when no check failed; $warnings is a number.
commands-validate-all-passed =
    { $warnings ->
        [0] 모든 검사 통과
       *[other] 통과(경고 { $warnings }개)
    }
commands-validate-all-summary = 프로필 { $total }개: 통과 { $passed }개, 실패 { $failed }개.

## validate --demo

commands-demo-scenarios-heading = 데모 시나리오 (dynsync validate --demo --scenario NAME):
# $name: the scenario as typed, in quotes.
commands-unknown-scenario = 알 수 없는 데모 시나리오 { $name }입니다. 목록 보기: dynsync validate --demo --list-scenarios
# What the demo types as the client secret and the password ($secret_note, $password_note).
commands-demo-secret-value = 데모 앱의 암호 값 (Value)
commands-demo-secret-id = 비밀 ID { $secret_id }(실수로 붙여 넣음)
commands-demo-wrong-value = 잘못된 값
commands-demo-password = 동기화 사용자의 암호
commands-demo-wrong-password = 잘못된 암호
# $scenario and $about: the scenario's name and what it shows.
commands-validate-demo-banner =
    데모 테넌트(루프백 HTTPS에서 Azure AD + Dataverse를 시뮬레이션하며, 이 컴퓨터 밖으로 아무것도 나가지 않음)
    시나리오:         { $scenario } — { $about }
    클라이언트 ID:    { $client_id }
    클라이언트 암호:  { $secret_note }(출력되지 않음)
    사용자 이름:      { $username }
    암호:             { $password_note }(출력되지 않음)
    조직 URL:         { $org_url }
    {""}

## explain (src/commands/explain.rs)

commands-explain-nothing-found = 입력에서 Azure AD 오류를 찾지 못했습니다. 오류 본문(JSON)이나 AADSTSnnnnn이 포함된 메시지를 붙여 넣으십시오
# $code: the argument as typed, in quotes.
commands-explain-not-a-code = { $code }은(는) AADSTS 코드가 아닙니다. AADSTS50126, 50126 또는 붙여 넣은 오류를 읽으려면 -를 지정하십시오
# Before the remedy's lines.
commands-explain-what-to-do = 조치 방법:
# $field: the name of the input to enter again.
commands-explain-reenter = 다시 입력할 값: { $field }

## The demo tenant behind --demo and demo-tenant (src/commands/mod.rs, demo_tenant.rs)

commands-no-demo = 이 dynsync는 데모 테넌트 없이 빌드되었습니다(cargo 기능 `demo`)
commands-demo-no-config-dir = 임시 설정 디렉터리를 만들 수 없습니다: { $error }
commands-demo-tenant-cannot-write-ca = 데모 CA를 { $path }에 쓸 수 없습니다: { $error }
# $url: the simulator's address; $ca: its certificate file; $client_secret and $password: the
# scenario's demo values (accepted only by the simulator).
commands-demo-tenant-banner =
    데모 테넌트 { $url } — 시나리오 { $scenario }: { $about }
    인증서 파일: { $ca }. Ctrl-C로 중지합니다.

    다른 터미널에서 실행하십시오(아래 클라이언트 암호와 암호는 시뮬레이터 전용 데모 값이며,
    다른 곳에서는 통하지 않습니다):

      dynsync profile set demo --client-id { $client_id } --username { $username } \
          --org-url { $url } --authority-host { $url } --ca-bundle { $ca }
      printf '%s\n' '{ $client_secret }' | dynsync profile store-secret demo client-secret
      printf '%s\n' '{ $password }' | dynsync profile store-secret demo password
      dynsync validate --profile demo

    (루프백 조직 URL은 Dynamics Online 호스트가 아니므로 입력 검사에서 경고가 표시됩니다.)
commands-demo-tenant-stopped = 데모 테넌트가 요청 { $requests }개를 처리한 후 중지되었습니다

## setup --demo and rotate --demo (src/commands/setup.rs, rotate.rs)

# $unique_name: the demo org's unique name, typed to confirm the org.
commands-setup-demo-banner =
    데모: 시뮬레이션된 테넌트를 대상으로 하는 마법사입니다(시나리오 { $scenario } — { $about }). 실제 환경은 변경되지 않습니다.
    { $storage }
    입력을 요청받으면 다음 데모 값을 입력하십시오(시뮬레이터에서만 작동):
      애플리케이션(클라이언트) ID:  { $client_id }
      클라이언트 암호 값:           { $client_secret }
      동기화 사용자:                { $username }
      암호:                         { $password }
      조직 URL:                     { $org_url }
      조직 고유 이름:               { $unique_name }
    {""}
# $profile: the demo profile's name; $secret: the value to type.
commands-rotate-demo-banner =
    데모: 시뮬레이션된 테넌트에서 프로필 "{ $profile }"의 자격 증명을 교체합니다. { $storage }
    새 클라이언트 암호 값을 요청받으면 다음을 입력하십시오: { $secret }
    (Azure AD가 새 암호를 받아들이기까지 잠시 걸립니다. 데모에서 재시도 과정을 보여 줍니다.)
    {""}
commands-rotate-demo-needs-terminal = rotate --demo는 대화형이므로 터미널이 필요합니다
# --demo with connection flags, env vars or secrets in the environment; $given lists them.
commands-demo-refuses-connection = --demo는 데모 테넌트의 연결을 사용하므로 다음 항목은 무시됩니다: { $given }. 데모에서는 이 항목을 빼거나(변수 설정 해제), 이 항목을 사용하려면 --demo를 빼십시오

## profile remove without a usable keyring (src/commands/profile/remove.rs): the settings are
## removed, the keyring entries may remain.

commands-profile-removed-settings = 프로필 { $name }의 설정을 제거했습니다.
# $error: why the keyring could not be used; $entries: the accounts left, comma-separated;
# $commands: one system command per entry, one a line.
commands-profile-remove-keyring-left =
    경고: { $error }
    키링 항목 { $entries }(서비스 { $service })을(를) 확인하거나 제거할 수 없습니다. 키링이 작동하면 다음 명령으로 제거하십시오:
    { $commands }
    또는 dynsync로 제거하십시오: `dynsync profile set { $name }` 실행 후 `dynsync profile remove { $name } --yes`.
# `explain -` on a terminal: how to end the paste.
commands-explain-paste-hint = 오류(JSON 또는 텍스트)를 붙여 넣은 다음, 새 줄의 맨 앞에서 Ctrl-D를 누르십시오(Windows에서는 Ctrl-Z 후 Enter).

## man

commands-man-no-dir = 디렉터리 { $dir }을(를) 만들 수 없습니다: { $error }
commands-man-not-written = { $path }에 쓸 수 없습니다: { $error }
commands-man-written = { $pages ->
    [one] { $dir }에 매뉴얼 페이지 1개를 썼습니다.
   *[other] { $dir }에 매뉴얼 페이지 { $pages }개를 썼습니다.
}

## The demo scenarios (dynsync validate --demo --list-scenarios): commands-scenario-<name>

commands-scenario-ok = 모든 설정이 완료됨: 모든 검사 통과
commands-scenario-federated-no-hrd = 사용자의 도메인이 페더레이션 도메인(AD FS)이며, Azure AD가 암호를 확인하도록 하는 홈 영역 검색(HRD) 정책이 없음
commands-scenario-federated-hrd = HRD 정책과 암호 해시 동기화가 구성된 페더레이션 도메인: 작동하지만 경고가 표시됨
commands-scenario-mfa = 조건부 액세스가 동기화 사용자에게 다단계 인증(MFA)을 요구함
commands-scenario-secret-id-pasted = 암호 값 (Value) 대신 비밀 ID (Secret ID)를 붙여 넣음(요청을 보내기 전에 발견됨)
commands-scenario-expired-secret = 클라이언트 암호가 만료됨
commands-scenario-wrong-password = 동기화 사용자의 암호가 틀림(관리되는 도메인)
commands-scenario-locked-out = 스마트 잠금으로 동기화 사용자가 잠김: 중지하고 다시 시도하지 마십시오
commands-scenario-no-consent = Dynamics CRM user_impersonation에 대한 관리자 동의가 부여되지 않음
commands-scenario-public-client = 앱 등록에서 "퍼블릭 클라이언트 흐름 허용 (Allow public client flows)"이 예 (Yes)로 설정됨
commands-scenario-not-in-org = 환경이 동기화 사용자의 토큰을 거부함(Dataverse가 401로 응답)
commands-scenario-user-disabled = Dynamics에서 동기화 사용자가 비활성화됨
commands-scenario-user-settings = 동기화 사용자가 비대화형이며 UI 언어가 프랑스어임
commands-scenario-missing-role = 동기화 사용자에게 Marketo Sync User 역할이 없음
commands-scenario-team-role = 동기화 사용자가 팀을 통해 역할을 가짐
commands-scenario-no-solution = Marketo Lead Management 솔루션이 설치되어 있지 않음
commands-scenario-old-solution = 이전 버전의 솔루션(4.0.0.14 이전)이 설치되어 있음
commands-scenario-disabled-step = 솔루션의 플러그 인 단계 중 하나가 비활성화됨
commands-scenario-config-other-user = Marketo Config "Default"에 다른 사용자가 지정됨(역할은 정상): Marketo의 역할 항목도 빨간색으로 표시됨
commands-scenario-config-unset = Marketo Config "Default"에 사용자가 지정되지 않음
commands-scenario-slow = 모든 설정이 완료되었지만 모든 응답이 느림(기본값 400ms, 변경하려면 --latency-ms)
commands-scenario-user-not-member = 동기화 사용자가 Dynamics 환경의 구성원이 아님(Dataverse가 403 0x80072560으로 응답): dynamics.whoami 실패
commands-scenario-no-read-privilege = 동기화 사용자가 솔루션, 플러그 인 단계, 솔루션 구성 요소, 테이블 정의를 읽을 수 없음(403 0x80040220): 해당 검사는 건너뛰고 각각 수동 확인 방법을 안내함
commands-scenario-challenge-any-case = 조직의 로그인 챌린지가 Negotiate 챌린지 뒤에 대소문자가 섞이고 따옴표로 묶인 형태로 옴: 그래도 테넌트를 찾음(모든 검사 통과)
commands-scenario-org-probe-503 = 조직이 로그인 확인 요청에 HTTP 503으로 응답함(모든 시도): 확인할 수 없으므로 나중에 다시 시도(종료 코드 3)
commands-scenario-user-other-tenant = 동기화 사용자의 도메인이 조직과 다른 테넌트에 속함: 테넌트 검사가 두 테넌트를 모두 표시하며 실패(종료 코드 1)
commands-scenario-entity-join-refused = 조직이 entity에서 solutioncomponent로의 FetchXML 조인을 거부함(HTTP 400): 메타데이터 API를 통해 Marketo Config를 찾음(모든 검사 통과)
commands-scenario-user-french = 동기화 사용자의 UI 언어가 프랑스어임(Adobe는 영어를 요구함)
commands-scenario-s2s-ok = 서버 간(S2S): 앱이 클라이언트 자격 증명으로 애플리케이션 사용자로서 로그인하며, 이 애플리케이션 사용자가 역할을 가지고 Marketo Config의 사용자로 지정됨: 모든 검사 통과
commands-scenario-s2s-no-app-user = 서버 간(S2S): 환경에 앱의 애플리케이션 사용자가 없음(Dataverse가 앱의 토큰을 거부함): 애플리케이션 사용자를 만들어야 함(dynsync fix)
commands-scenario-s2s-no-role = 서버 간(S2S): 애플리케이션 사용자에게 보안 역할이 없음
commands-scenario-s2s-app-user-disabled = 서버 간(S2S): 애플리케이션 사용자가 비활성화됨
commands-scenario-s2s-mfa-user = 동기화 사용자에게 MFA가 적용됨: 암호 부여(password grant)는 거부되지만(AADSTS50076) 앱의 애플리케이션 사용자는 작동함(--auth s2s로 시도)

## validate --all: where to see the details of a profile that failed or warned.

commands-validate-all-details = { $profile }의 세부 정보: dynsync validate --profile { $profile }

## demo-tenant refuses the global --config-dir (it keeps no profiles).

commands-demo-tenant-no-config-dir = demo-tenant는 프로필을 보관하지 않습니다. 프로필 명령은 다른 터미널에서 --config-dir과 함께 실행하고, 배너에 표시된 대로 --authority-host, --org-url, --ca-bundle로 데모 테넌트를 지정하십시오

## Where a demo keeps its profile and progress ($storage in the demo banners).

commands-demo-storage-throwaway = 프로필은 임시 디렉터리에, 비밀 정보는 메모리 내 키링에 저장되며 종료 시 모두 삭제됩니다.
commands-demo-storage-kept = 데모의 프로필과 진행 상황은 데모가 완료될 때까지 { $dir }에 보관되므로(완료되면 삭제됨) 중지한 데모를 다시 시작할 수 있습니다. 비밀 정보는 메모리 내 키링에 저장됩니다(데모 자체의 값이며, 다시 시작할 때 다시 넣음).

## Server-to-Server (S2S) and `dynsync fix` (issue 14).

# The demo banner's password line for an S2S scenario.
commands-demo-s2s-no-password = 없음: S2S는 앱의 클라이언트 자격 증명으로 로그인합니다
# `profile show`: how the connection signs in (password | s2s).
commands-profile-show-auth = 로그인 방식
