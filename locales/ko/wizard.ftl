# setup 및 rotate 마법사 (src/wizard): 프롬프트, 단계, 진행 기록용 메모.
# Each id is "wizard-" and the kebab-case name of its variant of `M` (src/wizard/messages.rs).
# {"  "} at the start of a line keeps its leading spaces; a last line {""} keeps a final line break.

wizard-welcome =
    dynsync setup — Marketo를 Microsoft Dynamics 365에 단계별로 연결합니다.

    필요한 것:
      • 앱을 등록하고 관리자 동의를 부여할 수 있는 Azure 관리자(애플리케이션 관리자 이상)
      • 전용 Dynamics 동기화 사용자(라이선스 보유, 개인 계정이 아님)와 그 암호
      • Marketo 관리자
    { $continue }
    {""}
# The welcome's last line: how a stop is continued.
wizard-welcome-continue = 진행 상황은 단계마다 저장됩니다. 언제든지 중지(Ctrl-C)하고 `dynsync setup --resume`으로 계속할 수 있습니다.
wizard-welcome-continue-demo = 데모입니다. 아무것도 보관되지 않으므로 중지하면 끝납니다(`dynsync setup --demo`로 다시 시작).
wizard-ask-profile = 이 연결의 프로필 이름(예: contoso-prod)
wizard-ask-path = 처음 연결입니까, 아니면 업데이트입니까?
wizard-path-first-time = 처음 연결
wizard-path-update = 기존 연결 업데이트
wizard-have-app-registration = Azure에 Marketo용 앱 등록이 이미 있습니까?
wizard-app-registration-steps =
    앱을 등록하십시오(Azure Portal → Microsoft Entra ID → 앱 등록 (App registrations)):
    {"  "}{ $portal }
      1. 새 등록 (New registration) → 이름: Marketo Integration → 지원되는 계정 유형 (Supported account types): "이 조직 디렉터리의 계정만 (Accounts in this organizational directory only)" → 등록 (Register).
      2. 개요 (Overview) 페이지에서 애플리케이션(클라이언트) ID (Application (client) ID)를 복사합니다(개체 ID (Object ID)가 아님).
      3. API 권한 (API permissions) → 권한 추가 (Add a permission) → Dynamics CRM → 위임된 권한 (Delegated) → user_impersonation → 권한 추가 (Add permissions).
      4. 테넌트에 대한 관리자 동의 허용 (Grant admin consent) → 예 (Yes).
      5. 인증 (Authentication) → 고급 설정 (Advanced settings) → 퍼블릭 클라이언트 흐름 허용 (Allow public client flows): 아니요 (No) → 저장 (Save).
      6. 인증서 및 비밀 (Certificates & secrets) → 새 클라이언트 암호 (New client secret) → 설명(예: Marketo sync)과 만료 기간 → 추가 (Add).
         지금 암호의 값 (Value)을 복사하십시오. 포털은 한 번만 표시합니다. (옆의 비밀 ID (Secret ID)는 암호가 아닙니다.)
    {""}
wizard-open-in-browser = 브라우저에서 Azure Portal을 여시겠습니까?
wizard-step-done = 완료
wizard-step-show-again = 단계 다시 보기
wizard-step-abort = 중단(진행 상황은 저장됨)
wizard-step-copy = 값을 터미널의 클립보드에 복사(OSC 52)…
wizard-what-now = 이 작업을 마쳤으면
wizard-choose = 다음 작업은?
wizard-checklist-overall = Marketo에 무엇이 표시됩니까?
wizard-all-green = 일곱 항목 모두 녹색 확인 표시
wizard-some-red = 일부 항목에 빨간색 X
wizard-ask-client-id = 애플리케이션(클라이언트) ID
wizard-client-id-note = {"  "}애플리케이션(클라이언트) ID는 앱의 개요 (Overview) 페이지에 있습니다. 옆의 개체 ID (Object ID)는 다른 GUID입니다.
wizard-ask-client-secret = 클라이언트 암호 값(숨김)
wizard-secret-shown-once = {"  "}암호의 값 (Value)은 만든 직후 한 번만 표시됩니다. 값이 없으면 새 암호를 만드십시오.
wizard-secret-id-refused = GUID입니다. 암호의 값 (Value)이 아니라 비밀 ID (Secret ID)입니다. 값 (Value) 열을 복사하십시오(더 이상 표시되지 않으면 새 암호를 만드십시오).
wizard-ask-secret-expiry = 암호 만료일(5/1/2027 또는 2027-05-01, 모르면 비워 둠)
wizard-ask-username = 동기화 사용자의 UPN(예: marketo.sync@contoso.com)
wizard-ask-password = { $username }의 암호(숨김)
wizard-ask-org-url = Dynamics 조직 URL
wizard-org-normalised = {"  "}인스턴스 URL { $url }을(를) 사용합니다
wizard-discovered-tenant = {"  "}조직은 테넌트 { $tenant }에 속합니다.
wizard-realm-managed = {"  "}{ $domain }은(는) 관리되는 도메인입니다. Azure AD가 동기화 사용자의 암호를 직접 확인합니다.
wizard-realm-federated = {"  "}{ $domain }은(는) 페더레이션 도메인입니다({ $via }). Marketo는 암호를 Azure AD로 직접 보내며, Azure AD는 암호 해시 동기화와 HRD 정책이 있을 때만 암호를 확인합니다:
wizard-hrd-in-place = 암호 해시 동기화와 HRD 정책이 구성되어 있습니까?
wizard-hrd-wait = 구성한 다음 여기로 돌아오십시오.
wizard-running-checks = Marketo와 같은 방식으로 자격 증명을 검사하는 중…
wizard-reenter-field = { $field } 다시 입력
wizard-run-again = 검사 다시 실행
wizard-continue-anyway = 그래도 계속(권장하지 않음)
wizard-password-attempts-exhausted =
    암호가 { $n }번 거부되었습니다. Azure AD의 스마트 잠금이 발동하지 않도록 여기서 중지합니다. 암호를 확인(또는 재설정)한 다음 실행하십시오:
    {"    "}{ $resume }
wizard-locked-out =
    Azure AD가 동기화 사용자를 잠갔습니다(스마트 잠금). 지금 중지하고 약 30분 기다린 다음 실행하십시오:
    {"    "}{ $resume }
wizard-dynamics-fix-then = 위와 같이 Dynamics에서 수정한 다음
wizard-org-guard-intro =
    Marketo가 동기화할 조직입니다:
      표시 이름:  { $friendly }
      고유 이름:  { $unique }
      버전:       { $version }
      URL:        { $url }
    Marketo는 처음 저장한 후 조직 URL을 변경할 수 없습니다. 조직이 잘못되면 새 Marketo 구독이 필요합니다.
    {""}
wizard-org-guard-ask = 확인하려면 조직의 고유 이름({ $unique })을 입력하십시오
wizard-org-guard-mismatch = "{ $typed }"은(는) "{ $unique }"이(가) 아닙니다. Marketo가 확인하지 않은 조직에 연결됩니다.
wizard-org-guard-type-again = 다시 입력
wizard-org-guard-change-url = 다른 조직 URL 입력
wizard-saved = 프로필 { $profile }을(를) 저장했습니다. 클라이언트 암호와 암호는 키링에 있습니다.
wizard-marketo-intro = 이제 Marketo에서 진행합니다. dynsync는 Marketo에서 대신 클릭할 수 없으므로(Marketo에 이를 위한 API가 없음) 각 단계를 보여 주고 수행한 작업을 기록합니다.
wizard-marketo-disable =
    Marketo: 관리 (Admin) → 통합 (Integration) → Microsoft Dynamics → 동기화 비활성화 (Disable Sync).
      마지막에 다시 사용하도록 설정할 때까지 동기화가 중지됩니다. Dynamics의 변경 내용은 유지되며 나중에 반영됩니다.
    {""}
wizard-marketo-edit-credentials =
    Marketo: { $where } → 편집 (Edit)(자격 증명), 다음 값을 정확히 입력하십시오:
      사용자 이름 (Username):           { $username }
      암호 (Password):                  (동기화 사용자의 암호)
      클라이언트 ID (Client ID):        { $client_id }
      클라이언트 암호 (Client Secret):  (암호의 값 (Value))
      Dynamics URL:                     { $org_url }
    → 저장 (Save).
    {""}
wizard-marketo-select-fields =
    Marketo: 관리 (Admin) → CRM → Microsoft → 2단계: 동기화할 필드 선택 (Step 2: Select Fields to Sync) → 편집 (Edit) → 필드 선택 → 저장 (Save).
      Marketo는 동기화 사용자가 Dynamics에서 읽을 수 있는 필드만 동기화합니다.
    {""}
wizard-marketo-validate =
    Marketo: { $where } → 동기화 설정의 유효성 검사 (Validate Sync Setup) → 사용자 이름 (Username), 암호 (Password), URL 입력(클라이언트 ID와 암호는 위와 같음) → 다음 (Next).
      Marketo는 일곱 항목을 각각 녹색 확인 표시나 빨간색 X로 표시합니다. dynsync 예측:
    { $predicted }
wizard-marketo-enable-first-time =
    Marketo: 관리 (Admin) → CRM → Microsoft → 3단계: 동기화 활성화 (Step 3: Enable Sync) → 편집 (Edit) → 팝업 내용 읽기 → 알림용 이메일 주소 입력 → 동기화 시작 (Start Sync).
      • 첫 동기화는 몇 시간(큰 조직은 며칠)이 걸릴 수 있습니다. 완료되면 Marketo가 이메일을 보냅니다. 그 이메일을 받기 전에는 사용자 지정 엔터티 동기화를 사용하지 마십시오.
      • 일부 레코드만 동기화하려면 사용하도록 설정하기 전에 Dynamics에 사용자 지정 두 옵션(Two Options) 필드 new_synctomkto를 만드십시오(No = 동기화 안 함).
    {""}
wizard-marketo-enable-update =
    Marketo: 관리 (Admin) → 통합 (Integration) → Microsoft Dynamics → 동기화 사용 (Enable Sync). 동기화가 다시 시작되고 중지된 동안의 변경 내용을 반영합니다.
    {""}
wizard-checklist-item-ask = Marketo에서: "{ $item }"
wizard-green = 녹색 확인 표시
wizard-red = 빨간색 X
wizard-checklist-all-green = 일곱 항목이 모두 녹색입니다.
wizard-checklist-fix-then-revalidate = 표시된 대로 빨간색 항목을 수정한 다음
wizard-checklist-fixed-revalidate = 수정함: 다시 검사(dynsync가 검사를 다시 실행한 후 Marketo에서 동기화 설정의 유효성 검사 (Validate Sync Setup)를 다시 실행)
wizard-enable-override-ask = Marketo 유효성 검사가 모두 녹색이 아닙니다. 그래도 동기화를 사용하도록 설정하시겠습니까? (setup 상태에 기록됨)
wizard-copy-which = 어떤 값을 복사하시겠습니까?
wizard-copied = { $what }을(를) OSC 52로 터미널의 클립보드에 보냈습니다. OSC 52를 무시하는(또는 꺼 둔) 터미널에서는 아무것도 복사되지 않았으므로 값을 직접 입력하십시오.
wizard-clipboard-cleared = 터미널에 클립보드를 비우도록 요청했습니다(OSC 52). OSC 52를 무시하는 터미널에는 암호가 들어간 적이 없으며, 클립보드 기록을 보관하는 터미널에는 기록에 아직 남아 있을 수 있습니다.
wizard-secret-copy-warning = 암호를 터미널의 클립보드로 보내시겠습니까(OSC 52)? 완료를 선택하면 dynsync가 터미널에 클립보드를 다시 비우도록 요청합니다.
wizard-summary =
    완료: { $profile }은(는) { $username }(으)로 Marketo를 { $org_url }에 연결합니다.
      클라이언트 ID:     { $client_id }
      암호 만료:         { $expires }
      언제든지 다시 검사:                 { $recheck }
      암호나 클라이언트 암호가 바뀌면:    { $rotate }
    {""}
wizard-finished-already = { $profile }의 설정은 { $at }에 완료되었습니다. 다음 작업은?
wizard-revalidate = 다시 검증(dynsync validate --profile)
wizard-start-over = 처음부터 다시 시작
wizard-quit = 종료
wizard-sync-off-warning =
    !!! Marketo 동기화가 비활성화된 상태이며({ $since }부터) 다시 사용하도록 설정되지 않았습니다.
    !!! 완료할 때까지 Marketo와 Dynamics 사이에 아무것도 동기화되지 않습니다:
    {"    "}{ $resume }
    {""}
wizard-resume-hint =
    진행 상황을 저장했습니다. 계속하려면:
    {"    "}{ $resume }
wizard-demo-resume-hint = 데모였습니다. 프로필과 진행 상황은 삭제됩니다. 다시 실행하려면: { $resume }
wizard-aborted = 중지했습니다.
wizard-no-terminal =
    setup은 대화형이므로 터미널이 필요합니다. 스크립트에서는 `dynsync validate`와 `dynsync profile` 명령을 사용하거나,
    모든 입력값(플래그와 DYNSYNC_CLIENT_SECRET / DYNSYNC_PASSWORD)을 --yes와 함께 지정하여 프로필을 저장하고 Marketo 단계를 체크리스트로 출력하십시오.
wizard-rotate-show =
    { $profile }의 자격 증명 교체:
      조직:           { $org_url }
      동기화 사용자:  { $username }
      클라이언트 ID:  { $client_id }
      암호 만료:      { $expires }
      마지막 검증:    { $last }
    {""}
wizard-rotate-ask-what = 무엇이 바뀝니까?
wizard-rotate-what-secret = 클라이언트 암호(새 암호를 만들었거나 만들 예정)
wizard-rotate-what-password = 동기화 사용자의 암호
wizard-rotate-new-secret-steps =
    기존 암호 옆에 새 클라이언트 암호를 만드십시오(Azure에서는 여러 개를 둘 수 있습니다. 기존 암호는 아직 삭제하지 마십시오):
    {"  "}{ $portal }
      인증서 및 비밀 (Certificates & secrets) → 새 클라이언트 암호 (New client secret) → 설명과 만료 기간 → 추가 (Add) → 지금 값 (Value)을 복사.
    {""}
wizard-rotate-ask-new-password = { $username }의 새 암호(숨김)
wizard-rotate-checking = Marketo에서 무언가를 변경하기 전에 새 값을 검사하는 중(저장된 값은 그대로 유지)…
wizard-rotate-replicating = Azure AD가 아직 새 암호를 모릅니다(새 암호가 복제되기까지 잠시 걸림). { $secs }초 후 다시 시도합니다({ $n }/{ $max })…
wizard-rotate-replication-gave-up =
    새 암호가 { $n }번 시도한 후에도 거부되었습니다. 이 앱의 암호 값 (Value)(비밀 ID (Secret ID)가 아님)을 복사했다면 몇 분 기다린 후 다음을 실행하십시오(아무것도 변경되지 않았음):
    {"    "}{ $resume }
wizard-rotate-new-failed =
    새 값이 검사를 통과하지 못했습니다. 아무것도 변경되지 않았습니다(키링에는 이전 값이 유지됨). 수정한 후 다음을 실행하거나 처음부터 다시 시작하십시오:
    {"    "}{ $resume }
wizard-rotate-edit-credentials =
    Marketo: 관리 (Admin) → 통합 (Integration) → Microsoft Dynamics → 편집 (Edit)(자격 증명) → { $field }만 새 값으로 바꾸기 → 저장 (Save).
      다른 필드는 그대로 두십시오.
    {""}
wizard-rotate-done = { $profile }의 새 { $what }이(가) 키링에 있으며 프로필에 기록되었습니다.
wizard-rotate-delete-old =
    이제 포털에서 이전 클라이언트 암호를 삭제하십시오(인증서 및 비밀 (Certificates & secrets) → 이전 암호 → 삭제 (Delete)):
    {"  "}{ $portal }
      다른 시스템이 아직 사용 중이면 잠시 유지해도 되지만, 만료일을 넘기지는 마십시오.
    {""}
wizard-rotate-no-terminal = rotate는 Marketo 단계를 안내하기 위해 터미널이 필요합니다. 터미널이 없으면 --marketo-done(Marketo에 이미 새 값이 있음)과 --secrets-stdin을 지정하십시오.
wizard-rotate-marketo-done-note = --marketo-done: Marketo에 이미 새 값이 있습니다(운영자가 변경함). dynsync가 값을 검사하고 키링과 프로필을 업데이트합니다.
wizard-unfinished-exists = { $profile }의 완료되지 않은 설정이 있습니다({ $reached }까지 진행). 계속하시겠습니까?
wizard-resuming = { $reached } 단계 이후부터 { $profile }의 설정을 다시 시작합니다.
wizard-org-confirm-unreadable = { $url }이(가) Marketo가 동기화할 조직입니까? 나중에 변경할 수 없습니다.
wizard-when-marketo-done = Marketo 단계를 마치면: dynsync validate --profile { $profile }
wizard-rotate-old-kept = 키링에는 아직 이전 값이 있습니다. 새 값은 대기 중인 항목에 있습니다.
wizard-which-profile = 어떤 프로필입니까?
wizard-checking-new = 새 값 검사 중
wizard-checking-heading = { $username }(으)로 { $org } 검사 중
wizard-fix-label = 해결 방법
wizard-where-first-time = 관리 (Admin) → CRM → Microsoft → 1단계: 자격 증명 입력 (Step 1: Enter Credentials)
wizard-where-update = 관리 (Admin) → 통합 (Integration) → Microsoft Dynamics
wizard-label-username = 사용자 이름 (Username)
wizard-label-password = 암호 (Password)(비밀)
wizard-label-client-id = 클라이언트 ID (Client ID)
wizard-label-client-secret = 클라이언트 암호 (Client Secret)(비밀)
wizard-label-org-url = Dynamics URL
wizard-label-new-client-secret = 새 클라이언트 암호 (Client Secret)(비밀)
wizard-label-new-password = 새 암호 (Password)(비밀)
wizard-field-client-secret = 클라이언트 암호 (Client Secret)
wizard-field-password = 암호 (Password)
wizard-marketo-differs = {"  "}이 항목에 대한 dynsync 검사는 통과하므로, Marketo에 여기서 검사한 값과 다른 값이 있을 가능성이 큽니다. 값을 정확히 다시 입력하고(자격 증명 편집 → 저장 (Save)) 다시 유효성 검사를 하십시오.
wizard-note-existing-app = 기존 앱 등록 사용
wizard-note-registered-app = Azure Portal에서 앱 등록(안내에 따름)
wizard-note-stopped = 관리자가 중지함
wizard-note-credentials = 클라이언트 ID { $client_id }와 클라이언트 암호 입력(암호는 기록하지 않음)
wizard-note-checklist-printed = Marketo 단계를 체크리스트로 출력함(--yes)
wizard-note-marketo-step = Marketo: { $step }{ $override }
wizard-note-red-x = Marketo 유효성 검사: "{ $item }"에 빨간색 X
wizard-note-revalidated-marketo = dynsync로 다시 검증: { $outcome }
wizard-note-org-yes = --confirm-org로 조직 확인: { $url }({ $unique })
wizard-note-org-explicit = 조직을 명시적으로 확인(세부 정보를 읽을 수 없음): { $url }
wizard-note-org-typed = 고유 이름으로 조직 확인: { $url }({ $unique })
wizard-note-org-mismatch = 조직 확인: "{ $typed }" 입력, { $unique }와 다름
wizard-note-preflight-passed = 사전 검사: 모든 검사 통과
wizard-note-preflight-failed = 사전 검사: { $check } 실패 — { $summary }
wizard-note-too-many-passwords = 중지: 거부된 암호가 너무 많음
wizard-note-continued-anyway = { $check } 실패에도 계속함(관리자의 선택)
wizard-note-revalidated = 다시 검증: { $outcome }
wizard-note-saved = 프로필 { $profile }과(와) 키링 항목 두 개를 저장함
wizard-note-finished = 설정 완료
wizard-note-sync-user = 동기화 사용자 { $username }과(와) 조직 URL { $org } 입력
wizard-note-federated = { $domain }은(는) 페더레이션 도메인: HRD 정책과 암호 해시 동기화 안내함
wizard-note-hrd-confirmed = 관리자가 HRD 정책과 암호 해시 동기화 구성을 확인함
wizard-note-resumed-setup = { $reached } 단계 이후부터 { $profile }의 설정을 다시 시작함
wizard-note-started = { $profile }의 설정 시작({ $path } 경로)
wizard-note-resumed-rotation = { $profile }의 교체를 다시 시작함
wizard-note-marketo-done = Marketo에 이미 새 값이 있음(--marketo-done)
wizard-note-replaced = 키링의 { $what } 교체함
wizard-note-new-secret = 새 클라이언트 암호 입력받음(기록하지 않음)
wizard-note-new-password = 새 암호 입력받음(기록하지 않음)
wizard-note-refused-every-try = 새 암호가 모든 시도에서 거부됨
wizard-note-new-failed = 새 값이 검사에 실패함. 아무것도 변경하지 않음
wizard-note-new-passed = 새 값이 모든 검사를 통과함
wizard-note-override = {" "}(무시: 유효성 검사가 모두 녹색은 아님)
wizard-note-all-passed = 모두 통과
wizard-note-still-failing = 여전히 실패: { $checks }
wizard-note-passed = 통과
wizard-note-failed = 실패

## Values, fallbacks and refusals.

wizard-unknown-value = (알 수 없음)
wizard-the-sync-user = 동기화 사용자
wizard-the-org = 조직
wizard-the-start = 시작
wizard-a-federation-service = 페더레이션 서비스
# The secret's expiry date and the days left ($days is a number, negative once expired).
wizard-expires-in-days = { $date }({ $days }일)
wizard-expiry-unknown = 알 수 없음
wizard-expiry-unknown-hint = 알 수 없음(dynsync profile set { $profile } --secret-expires YYYY-MM-DD)
# $outcome is wizard-note-passed or wizard-note-failed; $at a local time (with its UTC offset).
wizard-last-validation = { $at }에 { $outcome }
wizard-last-validation-never = 없음
wizard-what-client-secret = 클라이언트 암호
wizard-what-password = 암호
wizard-ask-tenant = 테넌트 ID 또는 도메인(비워 두면 자동으로 찾음)
# $label is the prompt that could not be shown.
wizard-no-terminal-flag = { $label }: --{ $flag }를 지정하십시오(입력받을 터미널이 없음)
wizard-no-terminal-env = { $label }: { $env }를 설정하십시오(입력받을 터미널이 없음)
wizard-no-terminal-path = --path first-time 또는 --path update를 지정하십시오(입력받을 터미널이 없음)
# $value is the input as typed, in quotes.
wizard-nothing-changed = { $problem }. 아무것도 변경되지 않았습니다
wizard-transcript-failed = 진행 기록 { $path }에 쓸 수 없습니다: { $error }
wizard-no-setup-to-resume = 다시 시작할 미완료 설정이 없습니다. `dynsync setup`으로 시작하십시오
wizard-no-setup-of = 다시 시작할 { $profile }의 설정이 없습니다
wizard-no-rotation-to-resume = 다시 시작할 미완료 교체가 없습니다
wizard-no-rotation-of = 다시 시작할 { $profile }의 교체가 없습니다
wizard-no-profiles = 프로필이 없습니다. 먼저 `dynsync setup`을 실행하십시오
wizard-pass-profile = --profile NAME을 지정하십시오
wizard-pass-what = --what client-secret|password를 지정하십시오
wizard-not-a-checkpoint = { $path }은(는) dynsync setup 체크포인트가 아닙니다({ $error }). 파일은 변경되지 않았습니다
wizard-newer-checkpoint = { $path }은(는) 더 새로운 dynsync가 작성했습니다. dynsync를 업그레이드하십시오
# In place of the predicted checklist when there is no report yet.
wizard-run-checks-first = (먼저 검사를 실행하십시오)

# A setup reached the save step without a secret it should hold (resumed from a stop).
wizard-no-secret-to-save = 저장할 클라이언트 암호가 없습니다
wizard-no-password-to-save = 저장할 암호가 없습니다
# The new value typed for a rotation is the current one.
wizard-rotate-same-secret = 현재 클라이언트 암호입니다. 새 암호가 아닙니다. 포털에서 그 옆에 새 암호를 만들고(인증서 및 비밀 (Certificates & secrets) → 새 클라이언트 암호 (New client secret)) 그 값 (Value)을 입력하십시오. 아무것도 변경되지 않았습니다
wizard-rotate-same-password = 현재 암호입니다. 새 암호가 아닙니다. 먼저 동기화 사용자의 암호를 변경한 다음 새 암호를 입력하십시오. 아무것도 변경되지 않았습니다
# Past a red X in Marketo's checklist, on purpose.
wizard-checklist-continue-anyway = 그래도 계속(기록됨: 동기화 사용 (Enable Sync)은 무시로 처리됨)
wizard-checklist-continue-word = continue
wizard-checklist-continue-confirm = Marketo에 빨간색 X가 표시됩니다. 동기화가 실패할 수 있습니다. 그래도 진행하려면 { $word }을(를) 입력하십시오
wizard-checklist-continue-not-confirmed = 확인되지 않았습니다. 아무것도 건너뛰지 않았습니다.
wizard-note-continued-past-red-x = Marketo의 빨간색 X를 무시하고 계속함(입력으로 확인): { $items }
# A setup resumed between the checks and the save (stopped at the org guard, say).
wizard-check-again-before-saving = 비밀 정보는 실행 간에 보관되지 않습니다. 저장하기 전에 검사를 다시 실행합니다(조직 확인에 필요한 조직 이름도 검사에서 가져옴).
# The first line a run writes to its transcript (Markdown).
wizard-transcript-header = ## dynsync { $version }: { $profile }({ $org })의 { $what }, 시작 { $at }

## The transcript's name of a connection path (wizard-note-started's $path)

wizard-note-path-first-time = 처음 연결
wizard-note-path-update = 기존 연결 업데이트
## The transcript of a run that passed with warnings. $warnings is a number; $checks the ids of
## the checks that warned, joined by ", ".

wizard-note-passed-with-warnings = 경고 { $warnings }개와 함께 통과({ $checks })
wizard-note-preflight-passed-with-warnings = 사전 검사: 경고 { $warnings }개와 함께 통과({ $checks })
wizard-note-new-passed-with-warnings = 새 값이 경고 { $warnings }개와 함께 검사를 통과함({ $checks })

## The heading of each step, with where it stands in the list. $n and $total are numbers; $step
## is the step's id (welcome, app_registration, …); $title a Marketo step's name.

wizard-step-heading = ── { $total }단계 중 { $n }단계: { $name } ──
# A step's name by its id.
wizard-step-name =
    { $step ->
        [welcome] 시작 및 프로필
        [app_registration] 앱 등록
        [credentials] 클라이언트 ID 및 암호
        [sync_user] 동기화 사용자 및 조직
        [preflight] 사전 검사
        [org_guard] 조직 URL 확인
        [save] 저장
        [marketo] Marketo
        [summary] 요약
       *[other] { $step }
    }
wizard-marketo-step-heading = ── Marketo, { $total }단계 중 { $n }단계: { $title } ──

## Where Marketo's Dynamics page is: before the first sync under CRM, afterwards under Integration.

wizard-marketo-place-first-time = 관리 (Admin) → CRM → Microsoft
wizard-marketo-place-update = 관리 (Admin) → 통합 (Integration) → Microsoft Dynamics
# In place of the predicted checklist in a resumed rotation (its new value is not sent again).
wizard-passed-before-stop = (새 값이 중지 전에 dynsync 검사를 통과했으므로 Marketo에는 녹색 확인 표시 일곱 개가 표시되어야 합니다)
# A date typed in the portal's M/D/YYYY form, read back so a day-first reading is caught.
wizard-expiry-read-as = {"  "}{ $date }(연-월-일)로 읽었습니다.

## setup --yes (no terminal): the org guard's name from --confirm-org, and only what was done
## called done.

wizard-confirm-org-missing = --yes에는 --confirm-org UNIQUE_NAME이 필요합니다. 조직 확인 단계에서 조직의 고유 이름을 입력하는 것을 대신합니다(조직 URL은 나중에 Marketo에서 변경할 수 없음). 조직의 고유 이름을 보려면 `dynsync validate`를 실행하십시오.
wizard-confirm-org-mismatch = --confirm-org { $given }은(는) { $url } 조직의 고유 이름이 아닙니다. 이 조직의 고유 이름은 { $unique }입니다. 아무것도 저장되지 않았습니다. 조직 URL을 확인하거나, 이 조직이 Marketo가 동기화해야 할 조직이 맞다면 --confirm-org { $unique }를 지정하십시오.
wizard-confirm-org-unreadable = --confirm-org를 확인할 수 없습니다. { $url } 조직의 고유 이름을 읽을 수 없습니다(dynamics.organization 검사 참조). 터미널에서 `dynsync setup`을 실행하여 조직을 명시적으로 확인하십시오. 아무것도 저장되지 않았습니다.
wizard-marketo-intro-checklist = Marketo에서 직접 해야 할 일이 남아 있습니다(dynsync는 Marketo에서 클릭할 수 없고, 터미널이 없으면 기다릴 수도 없음). 진행하면서 각 단계를 체크하십시오.
wizard-summary-checked =
    검사 및 저장 완료: 위의 Marketo 단계를 마치면 { $profile }은(는) { $username }(으)로 Marketo를 { $org_url }에 연결합니다(아직 마치지 않음).
      클라이언트 ID:     { $client_id }
      암호 만료:         { $expires }
      암호나 클라이언트 암호가 바뀌면: { $rotate }
    {""}

## A demo that keeps its progress until it completes (in a "demo-setup" directory beside the
## profiles), so a stop can be rehearsed.

wizard-welcome-continue-demo-kept =
    데모입니다. 완료될 때까지 진행 상황을 보관하므로 중지(Ctrl-C)를 연습해 보고 다음 명령으로 계속할 수 있습니다:
    {"    "}{ $resume }
# Before the path is asked: where Marketo shows the connection in each case.
wizard-path-where = {"  "}처음에는 Marketo의 관리 (Admin) → CRM → Microsoft에 표시되고, 한 번 동기화된 후에는 관리 (Admin) → 통합 (Integration) → Microsoft Dynamics에 표시됩니다.
# setup --demo --resume when the demo kept nothing to resume.
wizard-no-demo-to-resume = 다시 시작할 중지된 데모가 없습니다. `dynsync setup --demo`로 시작하십시오

## Server-to-Server (S2S): the application user instead of a sync user, Marketo's "Web API"
## connection, and the switch of an existing connection (Adobe's "Reconfigure Dynamics
## Authentication Method"), with the 15 minutes Marketo needs after Switch (issue 14).

# $auth is password or s2s.
wizard-note-auth = 로그인 방식: { $auth }
# Asked after the path, when --auth was not given.
wizard-ask-auth = Marketo가 Dynamics에 어떻게 로그인합니까?
wizard-auth-password = 라이선스가 있는 동기화 사용자와 해당 암호(Marketo의 기본값)
wizard-auth-s2s = 서버 간(S2S): 앱을 Dataverse 애플리케이션 사용자로 사용, 암호 없음(MFA 또는 조건부 액세스가 적용되는 경우 권장)
wizard-reconfigure-note = 기존 연결을 S2S로 전환합니다. Marketo에서는 "Dynamics 인증 방법 재구성 (Reconfigure Dynamics Authentication Method)"에 해당하며, 동기화를 비활성화한 상태에서 진행하고 전환 (Switch) 후 15분을 기다린 다음 다시 사용하도록 설정합니다.
wizard-ask-app-user-email = 애플리케이션 사용자의 전자 메일 주소(S2S에서 Marketo의 사용자 이름 (Username), 예: marketo-app@contoso.com)
# $client_id is the app's client ID; $email the application user's email.
wizard-app-user-steps =
    애플리케이션 사용자(Dynamics)가 아직 없는 경우:
      1. Power Platform 관리 센터 → 환경 (Environments) → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 새 앱 사용자 (New app user).
      2. 앱 추가 (Add an app) → 앱 { $client_id } → 사업부(루트 사업부) → 만들기 (Create).
      3. 보안 역할 편집 (Edit security roles) → "Marketo Sync User" → 저장 (Save). 전자 메일 { $email }을(를) 지정하십시오.
      4. Dynamics → 설정 (Settings) → Marketo Config → Default → Marketo User: 애플리케이션 사용자 → 저장 (Save).
    또는 프로필을 저장한 후 Dynamics 관리자의 로그인으로 dynsync가 1–4단계를 처리하게 하십시오:
        dynsync fix --profile { $profile }
wizard-note-app-user = { $org }의 애플리케이션 사용자 { $email }
wizard-marketo-edit-credentials-s2s =
    Marketo: { $where } → 편집 (Edit)(자격 증명), Web API (Server to Server)를 선택하고 다음 값을 정확히 입력하십시오:
      사용자 이름 (Username):           { $username }(애플리케이션 사용자의 전자 메일)
      클라이언트 ID (Client ID):        { $client_id }
      클라이언트 암호 (Client Secret):  (암호의 값 (Value))
      테넌트 ID (Tenant ID):            { $tenant }
      URL:                              { $org_url }
    → 저장 (Save).
wizard-marketo-reconfigure =
    Marketo: 관리 (Admin) → Microsoft Dynamics → 새 인증 방법 재구성 (Reconfigure New Auth Method) → Web API를 선택하고 모든 자격 증명을 다시 입력하십시오:
      사용자 이름 (Username):           { $username }(애플리케이션 사용자의 전자 메일)
      클라이언트 ID (Client ID):        { $client_id }
      클라이언트 암호 (Client Secret):  (암호의 값 (Value))
      테넌트 ID (Tenant ID):            { $tenant }
      URL:                              { $org_url }
    → 유효성 검사 (Validate)(모두 녹색) → 전환 (Switch) → 확인 (Confirm) → 확인 (Confirm) → 확인 (OK).
    그런 다음 Marketo가 새 방법을 적용하는 데 15분이 걸립니다. dynsync는 여기서 완료를 선택한 시점부터 시간을 잽니다.
wizard-marketo-wait-switch = 전환 (Switch) 후 15분을 기다린 다음 동기화를 다시 사용하도록 설정하십시오(Marketo가 새 인증 방법을 적용하는 데 필요한 시간).
# $minutes left, $until the time (UTC) the wait ends.
wizard-switch-waiting = Marketo는 전환 (Switch) 15분 후에 새 인증 방법을 적용합니다: { $minutes }분 남음, { $until } UTC까지. (지금 중지하면 `--resume`으로 계속 기다립니다.)
wizard-switch-wait-over = 전환 (Switch) 후 15분이 지났습니다. 이제 동기화를 사용하도록 설정할 수 있습니다.
wizard-note-switch-waited = 전환 (Switch) 후 15분 기다림
wizard-label-tenant-id = 테넌트 ID (Tenant ID)
wizard-label-app-user-email = 사용자 이름 (Username)(애플리케이션 사용자의 전자 메일)
wizard-rotate-s2s-no-password = 이 프로필은 S2S(애플리케이션 사용자)로 로그인하므로 교체할 암호가 없고 클라이언트 암호만 있습니다(--what client-secret).
wizard-fix-for-me = 대신 수정(Dynamics 관리자로 로그인)
# $applied and $failed are counts of changes.
wizard-note-fixed-for-me = Dynamics 관리자의 로그인으로 수정함: 변경 { $applied }개 적용, { $failed }개 거부됨

## Setup's "Create it for me": the app registration done through Microsoft Graph (src/wizard/steps/app_registration.rs)

wizard-how-register = 앱 등록을 어떻게 만드시겠습니까?
wizard-create-for-me = 대신 만들기(Azure 관리자로 로그인)
wizard-guide-in-portal = Azure Portal에서 단계별로 안내
wizard-create-for-me-intro = Azure 관리자(애플리케이션 관리자 (Application Administrator) 또는 클라우드 애플리케이션 관리자 (Cloud Application Administrator))가 이번 실행에만 로그인합니다. 그러면 dynsync가 앱, 서비스 주체, 관리자 동의를 등록하고 새 클라이언트 암호를 키링에 바로 넣습니다. 아무것도 입력하지 않으며 암호는 표시되지 않습니다.
wizard-note-app-created = Graph를 통해 앱 등록 만듦: 클라이언트 ID { $client_id }, 암호 만료일 { $expires }
wizard-made-secret-used = 방금 만든 앱에서 클라이언트 ID { $client_id }와 새 클라이언트 암호(키링에 있으며 표시되지 않음)가 채워졌습니다.

## rotate --create-secret: what becomes of the old client secret (src/wizard/rotate/finish.rs)

# $key_id the old secret's key id (Secret ID); $confirm "yes" when dynsync asks before removing it, "no" with --remove-old.
wizard-rotate-old-removed-next =
    { $confirm ->
        [yes] 이어서 확인을 받으면 dynsync가 앱에서 이전 클라이언트 암호 { $key_id }을(를) 제거합니다. 포털에서 삭제할 것은 없습니다.
       *[no] 이어서 dynsync가 앱에서 이전 클라이언트 암호 { $key_id }을(를) 제거합니다(--remove-old). 포털에서 삭제할 것은 없습니다.
    }

## Setup's "Create it for me", resumed: what the checkpoint records is not made again (src/wizard/steps/app_registration.rs)

# $org the org URL the registration was started for.
wizard-registration-continued = dynsync가 { $org }에 대해 시작한 앱 등록을 계속합니다. 체크포인트에 만든 것으로 기록된 항목은 다시 만들지 않으며 Graph에 다시 요청하지도 않습니다.
# $client_id the app's Application (client) ID.
wizard-registration-recorded = 앱 등록이 이미 만들어져 기록되어 있습니다(클라이언트 ID { $client_id }, 암호는 키링에 있음). 관리자 로그인이 필요하지 않습니다.

## Marketo's credentials screen after "Create it for me": the secret dynsync made was never shown.

wizard-marketo-secret-never-shown = 클라이언트 암호 값은 dynsync가 만들었으며 표시된 적이 없습니다. "{ wizard-step-copy }" → 클라이언트 암호 (Client Secret)를 선택하여 터미널의 클립보드로 보낸 다음 Marketo에 붙여 넣으십시오.
