# Marketo (src/marketo.rs): "동기화 설정의 유효성 검사 (Validate Sync Setup)" 체크리스트, 각 항목의
# 빨간색 X에 대한 Adobe의 해결 방법, Marketo UI에 표시되는 설정 단계 이름.

## The checklist's seven items in Marketo's order, as Marketo words them; .fix is Adobe's fix.
## (The JSON output keeps Marketo's English wording as the item's key, whatever the language.)

marketo-item-url = URL이 유효함 (URL is valid)
    .fix = 조직 URL을 확인하십시오: Dynamics → 설정 (Settings) → 사용자 지정 (Customizations) → 개발자 리소스 (Developer Resources) → 서비스 엔드포인트 (Service Endpoints). dynsync가 검증한 조직이어야 합니다.
marketo-item-credentials = 사용자 이름 및 암호가 유효함 (Username and password are valid)
    .fix = 사용자 이름 (Username)과 암호 (Password)(동기화 사용자의 UPN과 현재 암호), 클라이언트 ID (Client ID) / 클라이언트 암호 (Client Secret)(암호의 값 (Value))를 확인하십시오.
marketo-item-role = 동기화 사용자에게 Marketo Sync User 역할이 할당됨 (Sync user is assigned to the Marketo Sync User role)
    .fix = Dynamics → 설정 (Settings) → 보안 (Security) → 사용자 (Users) → 동기화 사용자 → 역할 관리 (Manage Roles) → "Marketo Sync User"를 선택합니다. 관리자 동의(Azure → 앱 등록 (App registrations) → API 권한 (API permissions) → 관리자 동의 허용 (Grant admin consent))와 Marketo Config에 동기화 사용자가 지정되어 있는지도 확인하십시오.
marketo-item-solution = Marketo 솔루션이 올바르게 설치됨 (Marketo solution is properly installed)
    .fix = Dynamics → 설정 (Settings) → 솔루션 (Solutions)에 "Marketo Lead Management"가 있어야 합니다. 없으면 가져오십시오(Marketo → 관리 (Admin) → CRM → Microsoft → Marketo 솔루션 다운로드 (Download Marketo Solution)).
marketo-item-steps = 솔루션의 모든 단계가 활성화됨 (All steps in the solution are enabled)
    .fix = Dynamics → 설정 (Settings) → 솔루션 (Solutions) → Marketo Lead Management → SDK 메시지 처리 단계 (SDK Message Processing Steps): 비활성화된 단계를 모두 활성화하십시오.
marketo-item-solution-user = 동기화 사용자가 Marketo 솔루션에 할당됨 (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → 설정 (Settings) → Marketo Config → Default → Marketo User: 동기화 사용자 → 저장 (Save) → 모든 사용자 지정 게시 (Publish All Customizations).
marketo-item-user-matches = 동기화 사용자가 사용자 이름 및 암호와 일치함 (Sync user matches username and password)
    .fix = Marketo Config "Default"의 Marketo User는 Marketo에 입력한 사용자 이름과 암호의 사용자여야 합니다.

## Marketo's setup steps (src/wizard/state.rs: MarketoStep::title), as its UI names them.

marketo-step-disable-sync = 동기화 비활성화 (Disable Sync)
marketo-step-edit-credentials = 자격 증명 편집 (Edit credentials)
marketo-step-select-fields = 동기화할 필드 선택 (Select Fields to Sync)
marketo-step-validate-sync = 동기화 설정의 유효성 검사 (Validate Sync Setup)
marketo-step-enable-sync = 동기화 사용 (Enable Sync)
# The heading the guided driver shows above a step's instructions.
marketo-step-heading = ── Marketo: { $title } ──

## Why an item is predicted red (src/marketo.rs: because), one line per check that turned it
## red: $check is the check's id, $summary its one-line summary (which may quote the server).

marketo-because = 원인: { $check } 실패 — { $summary }
# The three causes Adobe documents for a red X on "Sync user is assigned to the Marketo Sync
# User role" (Fix Dynamics validation sync issues).
marketo-because-role = 원인: 동기화 사용자에게 Marketo Sync User 역할이 없음({ $check }: { $summary })
# $code: the AADSTS code of the refusal.
marketo-because-consent = 원인: Marketo 앱에 대한 관리자 동의가 없음({ $check }: AADSTS{ $code })
marketo-because-config-user = 원인: Marketo Config "Default"에 동기화 사용자가 지정되지 않음({ $check }: { $summary })
# Under an item Marketo shows red (the wizard): $because is one of the lines above.
marketo-because-predicted = dynsync 예측: 빨간색 X — { $because }

## Server-to-Server (S2S, Marketo's "Web API" connection): Adobe's fixes where the sync user is
## the Dataverse application user (src/marketo.rs: CHECKLIST_S2S). The labels are the same
## headings Marketo shows for every connection.

marketo-item-credentials-s2s = 사용자 이름 및 암호가 유효함 (Username and password are valid)
    .fix = Web API(S2S)의 경우: Marketo의 사용자 이름 (Username)은 애플리케이션 사용자의 전자 메일 주소여야 하며, 앱의 클라이언트 ID (Client ID)와 클라이언트 암호 (Client Secret)(암호의 값 (Value)), 테넌트 ID (Tenant ID)도 함께 입력해야 합니다.
marketo-item-role-s2s = 동기화 사용자에게 Marketo Sync User 역할이 할당됨 (Sync user is assigned to the Marketo Sync User role)
    .fix = Power Platform 관리 센터 → 해당 환경 → 설정 (Settings) → 사용자 + 권한 (Users + permissions) → 애플리케이션 사용자 (Application users) → 앱의 사용자 → 보안 역할 편집 (Edit security roles) → "Marketo Sync User"를 선택합니다. Marketo Config에 애플리케이션 사용자가 지정되어 있는지도 확인하십시오.
marketo-item-solution-user-s2s = 동기화 사용자가 Marketo 솔루션에 할당됨 (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → 설정 (Settings) → Marketo Config → Default → Marketo User: 애플리케이션 사용자 → 저장 (Save) → 모든 사용자 지정 게시 (Publish All Customizations).
marketo-item-user-matches-s2s = 동기화 사용자가 사용자 이름 및 암호와 일치함 (Sync user matches username and password)
    .fix = Marketo Config "Default"의 Marketo User는 Marketo에 사용자 이름 (Username)으로 입력한 전자 메일의 애플리케이션 사용자여야 합니다.

## Adobe's "Reconfigure Dynamics Authentication Method" (RECONF), as Marketo's UI names it.

marketo-step-reconfigure-auth = 새 인증 방법 재구성 (Reconfigure New Auth Method)
marketo-step-wait-after-switch = 전환 후 15분 대기 (Wait 15 minutes after Switch)
