# dynsync's --help: every command's about (help-<command>-about, its long form .long, its
# epilogue .after) and every argument's help (help-arg-<argument> where every command says the
# same, help-<command>-arg-<argument> where one says it its own way; .long, and .value-<value>
# for a possible value). <command> is the subcommand path joined by "-" (dynsync for the top).
# src/help.rs applies them; a test keeps the English ones identical to the doc comments.

## Commands

help-dynsync-about = Marketo ⇄ Microsoft Dynamics 365 동기화 자격 증명을 설정하고 검사합니다
    .long =
        dynsync는 Marketo에 아무것도 저장하기 전에 Marketo ⇄ Dynamics 365 동기화의 자격 증명이 작동하는지 검사합니다. Marketo가 실행하는 것과 같은 Azure AD 암호 부여(password grant)를 실행하고, 받은 토큰으로 Dynamics를 검사하며, Marketo 자체의 "동기화 설정의 유효성 검사 (Validate Sync Setup)" 체크리스트 결과를 예측합니다.

        Azure 테넌트 없이 사용해 보기: dynsync setup --demo
    .after =
        { help-exit-codes }
help-setup-about = 안내에 따른 설정: 앱 등록, 자격 증명, 검사, Marketo 단계(중단 후 다시 시작 가능)
    .after =
        { help-exit-codes }
help-validate-about = Marketo는 건드리지 않고 Azure AD와 Dynamics에 대해 동기화 자격 증명을 검사합니다
    .after =
        비밀 정보는 플래그로 받지 않습니다. 클라이언트 암호는 DYNSYNC_CLIENT_SECRET에서, 암호는
        DYNSYNC_PASSWORD에서, 또는 둘 다 --secrets-stdin(1행 클라이언트 암호, 2행 암호)에서 읽으며,
        터미널에서는 숨겨진 프롬프트로 입력받습니다.

        예:
          dynsync validate --demo
          dynsync validate --demo --scenario federated-no-hrd
          dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \
                           --org-url https://contoso.crm.dynamics.com
          printf '%s\n%s\n' "$SECRET" "$PASSWORD" | dynsync validate --secrets-stdin --json ...

        { help-exit-codes }
help-rotate-about = 교체한 클라이언트 암호(또는 변경한 암호)를 중단 시간 없이 적용합니다
    .after =
        { help-exit-codes }
help-explain-about = Azure AD 오류를 설명합니다: 코드(AADSTS50126 또는 50126), 또는 stdin에서 붙여 넣은 오류를 읽으려면 `-`
    .after =
        { help-exit-codes }
help-profile-about = 프로필 관리: Marketo ⇄ Dynamics 연결마다 하나(비밀 정보는 OS 키링에 저장)
help-profile-list-about = 프로필 목록 표시: 조직, 사용자, 마지막 검증, 암호 만료
help-profile-show-about = 프로필 하나의 설정과 각 비밀 정보의 저장 여부를 표시합니다(비밀 정보 자체는 표시하지 않음)
help-profile-set-about = 프로필을 만들거나 비밀이 아닌 설정을 변경합니다
help-profile-store-secret-about = 클라이언트 암호 또는 암호를 OS 키링에 저장합니다(숨겨진 프롬프트, 터미널이 없으면 stdin)
help-profile-remove-about = 프로필과 해당 키링 항목을 제거합니다
help-demo-tenant-about = 데모 테넌트(시뮬레이션된 Azure AD + Dataverse)를 Ctrl-C를 누를 때까지 루프백에서 실행합니다. 다른 터미널에서 프로필과 스크립트를 연습할 수 있습니다
help-completions-about = bash, zsh, fish, PowerShell 또는 elvish용 셸 자동 완성 스크립트를 출력합니다
help-man-about = 매뉴얼 페이지를 출력하거나, 모든 페이지(하위 명령마다 하나)를 디렉터리에 씁니다

## Arguments said the same wherever they appear

help-arg-all = 모든 프로필을 동시에 검증합니다
help-arg-authority-host = 클라우드의 로그인 호스트를 대체합니다(프록시, 테스트용). http는 루프백에서만 허용
help-arg-ca-bundle = 시스템 인증서 외에 추가로 신뢰할 CA 인증서(PEM)(예: TLS 검사)
help-arg-ca-file = 데모 CA 인증서를 이 파일에 씁니다(기본값: 임시 디렉터리의 파일, 종료 시 삭제)
help-arg-client-id = 앱 등록의 애플리케이션(클라이언트) ID (Application (client) ID): 개체 ID가 아닌 GUID
help-arg-cloud = 국가별 클라우드. 지정하지 않으면 조직 URL의 도메인에서 추론합니다
    .value-public = 상용 클라우드(login.microsoftonline.com, *.crmN.dynamics.com)
    .value-usgov = 미국 정부 커뮤니티 클라우드(GCC): 상용 로그인 호스트, *.crm9.dynamics.com
    .value-usgovhigh = 미국 GCC High(login.microsoftonline.us, *.crm.microsoftdynamics.us)
    .value-dod = 미국 국방부(DoD)(login.microsoftonline.us, *.crm.appsplatform.us)
    .value-china = 중국, 21Vianet 운영(login.partner.microsoftonline.cn, *.crm.dynamics.cn)
help-arg-code = AADSTS50126, 50126, 또는 stdin에서 오류 본문이나 메시지를 읽으려면 -
help-arg-config-dir = 프로필을 보관할 위치(기본값: 플랫폼 설정 디렉터리, 예: ~/.config/dynsync)
help-arg-deadline = 전체 검사 실행의 제한 시간(초, 기본값 45): 이 시간이 되면 요청과 재시도를 멈추고 그때까지의 결과를 보고합니다(실패가 그것뿐이면 종료 코드 3)
help-arg-existing-app = 앱 등록이 이미 있음(안내에 따른 등록을 건너뜀)
help-arg-expiry-warning-days = 클라이언트 암호가 이 일수 안에 만료되면 경고합니다
help-arg-jobs = --all과 함께: 동시에 검증할 프로필 수
help-arg-json = JSON으로 출력합니다
help-arg-lang = dynsync가 출력하는 언어(en, fr, ko, nl, zh-CN, 기본값: DYNSYNC_LANG, 그다음 로캘: LC_ALL, LC_MESSAGES, LANG)
help-arg-list-scenarios = --demo와 함께: 시나리오 목록을 표시하고 종료합니다
help-arg-marketo-done = 운영자가 이미 Marketo에 새 값을 입력함: 값을 검사하고 키링과 프로필만 업데이트합니다(스크립트용, 터미널 없이 작동)
help-arg-name = 프로필
help-arg-org-url = Dynamics 조직 URL, 예: https://contoso.crm.dynamics.com(다른 형식은 정규화됨)
help-arg-password-changed = 동기화 사용자의 암호를 마지막으로 변경한 날짜(YYYY-MM-DD)
help-arg-path = 처음 연결 또는 기존 연결 업데이트(지정하지 않으면 물어봄)
help-arg-port = 이 루프백 포트에서 수신 대기합니다(기본값: 사용 가능한 아무 포트)
help-arg-replication-retries = Azure AD가 새 암호를 복제하는 동안 다시 시도할 횟수
help-arg-replication-wait = 재시도 사이의 간격(초)
help-arg-secret-hint = 포털에 표시되는 암호의 처음 몇 글자(최대 3자)
help-arg-secret-key-id = 포털에서 클라이언트 암호를 알아보기 위한 비밀 ID (Secret ID)(GUID)
help-arg-tenant = 디렉터리(테넌트) ID (Directory (tenant) ID) 또는 확인된 도메인. 지정하지 않으면 조직 URL에서 찾습니다
help-arg-timeout = 요청당 시간 제한(초)
help-arg-username = 동기화 사용자의 사용자 계정 이름(UPN), 예: marketo.sync@contoso.com
help-arg-verbose = 모든 HTTP 요청(메서드, 쿼리 값을 뺀 URL, 상태, 시간)을 stderr에 기록합니다. 비밀 정보는 기록하지 않음
help-arg-what = 대상 자격 증명(지정하지 않으면 물어봄)
help-arg-which = 대상 비밀 정보
    .value-client-secret = 앱 등록의 클라이언트 암호(값 (Value))
    .value-password = 동기화 사용자의 암호
help-arg-dir = dynsync.1을 stdout으로 출력하는 대신 모든 페이지(dynsync.1과 하위 명령마다 하나)를 DIR에 씁니다
help-arg-profile-names = 프로필 이름을 한 줄에 하나씩 출력합니다(스크립트가 --profile 자동 완성에 사용)
help-arg-shell = 자동 완성 대상 셸

## Arguments a command describes its own way

help-profile-set-arg-ca-bundle = 시스템 인증서 외에 추가로 신뢰할 CA 인증서(PEM)(절대 경로로 저장됨)
help-setup-arg-demo = 내장 데모 테넌트를 대상으로 마법사 전체를 연습합니다(임시 설정, 메모리 내 키링)
help-validate-arg-demo = 내장 데모 테넌트(루프백 HTTPS에서 시뮬레이션된 Azure AD + Dataverse)를 대상으로 실행합니다
help-rotate-arg-demo = 데모 테넌트를 대상으로 교체를 연습합니다(임시 설정, 메모리 내 키링)
help-validate-arg-json = stdout에 JSON 문서 하나를 출력합니다(결과와 관계없이 항상)
help-validate-arg-latency-ms = --demo와 함께: 시뮬레이션된 모든 응답을 이 밀리초만큼 지연합니다
help-demo-tenant-arg-latency-ms = 모든 응답을 이 밀리초만큼 지연합니다
help-profile-set-arg-name = 프로필 이름: 문자, 숫자, '.', '_' 또는 '-'
help-setup-arg-profile = 설정할 프로필(지정하지 않으면 물어봄)
help-validate-arg-profile = 이 프로필과 OS 키링에서 입력값을 가져옵니다. 플래그와 환경 변수가 필드별로 우선합니다
help-rotate-arg-profile = 자격 증명이 바뀌는 프로필(여러 개이면 물어봄)
help-setup-arg-resume = 완료되지 않은 설정을 계속합니다(가장 최근 것, 또는 --profile의 것)
help-rotate-arg-resume = 완료되지 않은 교체를 계속합니다
help-setup-arg-scenario = --demo와 함께: 데모 시나리오(`dynsync validate --demo --list-scenarios` 참조)
help-validate-arg-scenario = 데모 시나리오(--list-scenarios 참조)
help-demo-tenant-arg-scenario = 제공할 시나리오(`dynsync validate --demo --list-scenarios` 참조)
help-setup-arg-secret-expires = 클라이언트 암호의 만료일(YYYY-MM-DD, 또는 Azure Portal에 표시되는 M/D/YYYY)
help-validate-arg-secret-expires = secret.expiry 검사에 사용할 클라이언트 암호의 만료일(YYYY-MM-DD)(없으면 프로필의 값)
help-rotate-arg-secret-expires = 새 클라이언트 암호의 만료일(YYYY-MM-DD, 또는 Azure Portal에 표시되는 M/D/YYYY)
help-profile-set-arg-secret-expires = 포털에 표시되는 클라이언트 암호의 만료일(YYYY-MM-DD)
help-validate-arg-secrets-stdin = stdin에서 클라이언트 암호(1행)와 암호(2행)를 읽습니다
help-rotate-arg-secrets-stdin = 프롬프트 대신 stdin(1행)에서 새 값을 읽습니다
help-setup-arg-transcript = 수행한 작업과 시각을 Markdown 기록(비밀 정보 제외)으로 FILE에 추가합니다
help-rotate-arg-transcript = Markdown 기록(비밀 정보 제외)을 FILE에 추가합니다
help-setup-arg-yes = 터미널 없이: 모든 입력값을 플래그와 환경 변수에서 가져오고, 프로필을 저장한 다음, Marketo 단계를 체크리스트로 출력합니다
help-profile-remove-arg-yes = 확인을 묻지 않습니다

## Shared text

help-exit-codes =
    종료 코드:
      0    모든 검사 통과(경고는 허용)
      1    검사 실패
      2    잘못된 입력: 아무것도 전송되지 않음
      3    서비스에 연결할 수 없거나 예상치 못한 응답(시간 초과, 연결 거부, 5xx, JSON 아님, TLS)
      130  중단됨(Ctrl-C, SIGTERM 또는 SIGHUP)

## clap's own words (used in every language but English, where clap's own are shown)

help-clap-usage = 사용법:
help-clap-options = 옵션
help-clap-arguments = 인수
help-clap-commands = 명령
help-clap-help = 도움말 출력
help-clap-help-more = 도움말 출력('--help'로 자세히 보기)
help-clap-help-summary = 도움말 출력('-h'로 요약 보기)
help-clap-version = 버전 출력
help-clap-help-command = 이 메시지 또는 지정한 하위 명령의 도움말 출력
help-clap-help-command-arg = 하위 명령의 도움말 출력
help-clap-default = [기본값: { $value }]
help-clap-env = [환경 변수: { $var }]
help-clap-possible = [가능한 값: { $values }]
help-clap-possible-long = 가능한 값:

## clap's errors (a command line it refuses), in every language but English

help-clap-error = 오류: { $error }
help-clap-argument-conflict = 인수 '{ $arg }'은(는) '{ $other }'과(와) 함께 사용할 수 없습니다
help-clap-argument-repeated = 인수 '{ $arg }'은(는) 여러 번 사용할 수 없습니다
help-clap-no-equals = '{ $arg }'에 값을 지정할 때는 등호(=)가 필요합니다
help-clap-value-required = '{ $arg }'에 값이 필요하지만 지정되지 않았습니다
help-clap-invalid-value = '{ $arg }'의 값 '{ $value }'이(가) 잘못되었습니다
help-clap-value-validation = '{ $arg }'의 값 '{ $value }'이(가) 잘못되었습니다: { $error }
help-clap-invalid-subcommand = 알 수 없는 하위 명령 '{ $name }'
help-clap-missing-required = 다음 필수 인수가 지정되지 않았습니다:
help-clap-missing-subcommand = '{ $name }'에는 하위 명령이 필요하지만 지정되지 않았습니다
help-clap-subcommands = [하위 명령: { $values }]
help-clap-too-many = '{ $arg }'에 예상치 않은 값 '{ $value }'이(가) 있습니다. 더 이상 값을 받지 않습니다
help-clap-too-few = '{ $arg }'에 값 { $expected }개가 필요하지만 { $actual ->
    [one] { $actual }개만 지정되었습니다
   *[other] { $actual }개만 지정되었습니다
}
help-clap-wrong-number = '{ $arg }'에 값 { $expected }개가 필요하지만 { $actual ->
    [one] { $actual }개가 지정되었습니다
   *[other] { $actual }개가 지정되었습니다
}
help-clap-unknown-argument = 예상치 않은 인수 '{ $arg }'이(가) 있습니다
help-clap-similar = 팁: '{ $names }'을(를) 의도하셨습니까?
help-clap-more-info = 자세한 내용은 '{ $help }'을(를) 실행해 보십시오.

## Added with setup --confirm-org and demo-tenant's refusal of --config-dir

help-arg-confirm-org = 조직 확인에서 입력하는 대신 확인할 조직 고유 이름(예: org1a2b3c4d). --yes와 함께 사용할 때 필수입니다. 조직의 이름이 아니면 아무것도 저장하기 전에 설정을 중지합니다
help-dynsync-arg-config-dir = 프로필을 보관할 위치(기본값: 플랫폼 설정 디렉터리, 예: ~/.config/dynsync)
help-demo-tenant-arg-config-dir = 제공되지 않음: 데모 테넌트는 프로필을 보관하지 않습니다(숨겨진 전역 플래그를 대신하며 이름으로 거부함)

## Added with app create, app show, the admin sign-in and rotate --create-secret

help-app-about = 이번 실행 동안 Azure 관리자로 로그인하여 Microsoft Graph를 통해 동기화 앱을 Azure AD에 등록하거나(`app create`), Azure AD에 있는 그대로 표시합니다(`app show`)
help-app-create-about = 동기화 앱을 Azure AD에 대신 등록합니다(Azure 관리자로 로그인): 앱, 서비스 주체, 관리자 동의, 키링에 바로 저장되는 클라이언트 암호, 페더레이션 사용자용 HRD 정책을 만든 다음 검증합니다. 멱등성: 다시 실행하면 없는 것만 변경합니다
    .after = { help-exit-codes }
help-app-show-about = Azure AD에 있는 그대로 앱 등록을 표시합니다(Azure 관리자로 로그인): 권한, 동의, 서비스 주체, 모든 클라이언트 암호, HRD 정책. 프로필에 기록된 만료일을 수정합니다
    .after = { help-exit-codes }
help-arg-admin-client-id = Azure 관리자가 로그인할 때 사용하는 퍼블릭 클라이언트(기본값: Azure CLI의 클라이언트, 04b07795-8ddb-461a-bbee-02f9e1bf7b46). 자사 클라이언트를 차단하는 테넌트용
help-arg-create-secret = Microsoft Graph를 통해 새 클라이언트 암호를 만들고(Azure 관리자가 로그인) 검증한 후 보류 상태로 보관합니다. --print-secret을 함께 지정하면 스크립트가 Marketo에 전달할 수 있도록 값만 stdout에 기록합니다. 그다음: rotate --profile P --resume --marketo-done [--remove-old]
help-arg-device-code = 브라우저 대신 디바이스 코드로 Azure 관리자를 로그인합니다(stderr에 코드와 URL이 출력되며 아무 디바이스에서나 입력). 브라우저를 열 수 없을 때도 사용됩니다
help-arg-graph-host = 클라우드의 Microsoft Graph 호스트를 대체합니다(프록시, 테스트). http는 루프백에만 사용
help-arg-hrd = Azure AD가 페더레이션 사용자의 암호를 확인할 수 있게 하는 홈 영역 검색(HRD) 정책
    .value-auto = 페더레이션 도메인의 동기화 사용자에게만(판단하려면 `--username` 필요)
help-arg-new-secret = 프로필에 저장된 암호가 아직 앱에 있어도 클라이언트 암호를 추가합니다
help-arg-password-stdin = stdin에서 동기화 사용자의 암호를 읽습니다(새 자격 증명 검증용)
help-arg-remove-old = --create-secret 후 --resume --marketo-done과 함께: 새 암호가 적용되면 이전 클라이언트 암호(키 ID로 지정된 프로필의 암호)를 앱에서 제거합니다
help-arg-secret-months = 새 클라이언트 암호의 유효 기간(개월 수, 기본값 12)
help-app-create-arg-demo = 내장 데모 테넌트를 대상으로 실행합니다: 시뮬레이션된 관리자와 디렉터리이며 실제로 변경되는 것은 없습니다
help-app-show-arg-demo = 내장 데모 테넌트를 대상으로 실행합니다(`app create --demo`처럼 먼저 데모 앱을 등록함)
help-app-create-arg-json = stdout에 JSON 문서 하나를 출력합니다
help-app-show-arg-json = stdout에 JSON 문서 하나를 출력합니다
help-app-create-arg-name = 앱 등록의 표시 이름
help-app-create-arg-org-url = Dynamics 조직 URL(예: https://contoso.crm.dynamics.com). 이 URL에서 테넌트를 찾습니다
help-app-show-arg-org-url = Dynamics 조직 URL(예: https://contoso.crm.dynamics.com). 이 URL에서 테넌트를 찾습니다
help-rotate-arg-print-secret = --create-secret과 함께: 새 암호의 값만 stdout에 기록합니다(스크립트용)
help-app-create-arg-print-secret = 새 암호의 값을 키링 대신 stdout에만 기록합니다(파이프용)
help-app-create-arg-profile = 앱을 넣을 프로필(없으면 만들어짐): 클라이언트 ID, 테넌트, 키 ID, 힌트, 만료일은 프로필에, 암호 값은 OS 키링에 저장됩니다
help-app-show-arg-profile = 앱을 표시할 프로필(조직, 테넌트, 클라이언트 ID)
help-rotate-arg-replication-wait = 재시도 사이의 시간(초)
help-app-create-arg-replication-wait = Azure AD가 새 앱이나 암호를 복제할 때까지 기다리는 시간(초)
help-app-create-arg-secret-expires = 새 클라이언트 암호의 만료일(YYYY-MM-DD)
help-app-create-arg-username = 동기화 사용자(UPN): HRD 정책 필요 여부(페더레이션 도메인)를 결정하고 새 자격 증명을 검증할 수 있게 합니다

## Added with S2S (--auth) and dynsync fix

help-fix-about = Dynamics 관리자의 로그인으로 Dynamics 쪽(역할, Marketo Config 사용자, 플러그 인 단계, UI 언어, 애플리케이션 사용자)을 복구한 다음 다시 검사합니다
    .after =
        변경은 Dynamics 관리자(Dataverse 시스템 관리자 역할)의 로그인으로 이루어지며,
        로그인은 브라우저 또는 --device-code로 합니다. 관리자의 토큰은 이번 실행 동안 메모리에만 보관됩니다.

        예:
          dynsync fix --profile contoso-prod --dry-run
          dynsync fix --profile contoso-prod --device-code
          dynsync fix --profile contoso-prod --yes --json
          dynsync fix --demo --scenario s2s-no-app-user --yes
help-arg-dry-run = 계획을 표시하고 중지합니다: 아무것도 변경하지 않습니다
help-setup-arg-auth = 동기화의 로그인 방식: password(라이선스가 있는 동기화 사용자) 또는 s2s(앱을 Dataverse 애플리케이션 사용자로 사용). 암호 프로필에 --path update를 사용하면 Marketo의 재구성 (Reconfigure) 절차를 따르며 전환 (Switch) 후 15분을 기다립니다
    .value-password = OAuth2 암호 부여(ROPC)를 사용하는 라이선스가 있는 동기화 사용자: Marketo의 기본값
    .value-s2s = 서버 간: Dataverse 애플리케이션 사용자로 동작하는 앱의 클라이언트 자격 증명(Marketo의 "Web API" / S2S 연결). 암호가 없으며 MFA가 적용된 환경에서도 작동합니다
help-validate-arg-auth = 동기화의 로그인 방식: `password`(라이선스가 있는 동기화 사용자, 기본값) 또는 `s2s`(Dataverse 애플리케이션 사용자로서의 앱 클라이언트 자격 증명. 이때 --username은 애플리케이션 사용자의 전자 메일이며 선택 사항)
    .value-password = OAuth2 암호 부여(ROPC)를 사용하는 라이선스가 있는 동기화 사용자: Marketo의 기본값
    .value-s2s = 서버 간: Dataverse 애플리케이션 사용자로 동작하는 앱의 클라이언트 자격 증명(Marketo의 "Web API" / S2S 연결). 암호가 없으며 MFA가 적용된 환경에서도 작동합니다
help-profile-set-arg-auth = 동기화의 로그인 방식: password(라이선스가 있는 동기화 사용자) 또는 s2s(애플리케이션 사용자)
    .value-password = OAuth2 암호 부여(ROPC)를 사용하는 라이선스가 있는 동기화 사용자: Marketo의 기본값
    .value-s2s = 서버 간: Dataverse 애플리케이션 사용자로 동작하는 앱의 클라이언트 자격 증명(Marketo의 "Web API" / S2S 연결). 암호가 없으며 MFA가 적용된 환경에서도 작동합니다
help-fix-arg-demo = 내장 데모 테넌트의 데모 시나리오를 복구합니다
help-fix-arg-json = stdout에 JSON 문서 하나를 출력합니다: planned, applied, failed, manual, validate
help-fix-arg-profile = 검사하고 복구할 저장된 연결
help-fix-arg-scenario = --demo와 함께: 복구할 시나리오(missing-role, config-unset, disabled-step, user-french, s2s-no-app-user, …)
help-fix-arg-yes = 묻지 않고 계획된 변경을 적용합니다(스크립트용)
