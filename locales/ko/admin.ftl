# Azure 관리자 로그인 (src/admin/): 브라우저 흐름과 디바이스 코드 흐름.

admin-signed-in = { $user }(으)로 Azure에 로그인했습니다(이번 실행에만 해당: 관리자 토큰은 메모리에만 보관되며 저장되지 않습니다).
admin-no-refresh-token = Azure AD가 로그인 시 새로 고침 토큰을 제공하지 않았으므로 다시 로그인하지 않고는 다른 리소스에 대한 토큰을 얻을 수 없습니다. 명령을 다시 실행하십시오.
admin-sign-in-refused = Azure AD가 관리자 로그인을 거부했습니다: { $detail }
admin-device-code = Azure 관리자로 로그인하려면 아무 디바이스의 브라우저에서 { $url }을(를) 열고 코드 { $code }을(를) 입력하십시오({ $minutes ->
        [one] { $minutes }분
       *[other] { $minutes }분
    } 동안 유효). 기다리는 중…
admin-demo-approves = 데모 테넌트: 시뮬레이션된 관리자가 코드를 승인합니다
admin-device-declined = 디바이스 코드 페이지에서 로그인이 거부되었습니다. 아무것도 변경되지 않았습니다. 로그인하려면 명령을 다시 실행하십시오.
admin-device-expired = 로그인이 끝나기 전에 디바이스 코드가 만료되었습니다. 아무것도 변경되지 않았습니다. 새 코드를 받으려면 명령을 다시 실행하십시오.
admin-browser-opening = Azure 관리자 로그인을 위해 브라우저를 여는 중…
admin-browser-url = 브라우저가 열리지 않으면 다음 주소로 이동하십시오: { $url }
admin-browser-not-opened = 여기서는 브라우저를 열 수 없습니다. 이 컴퓨터에서 위 주소를 열거나, 다른 디바이스에서 로그인하려면 --device-code를 지정하여 다시 실행하십시오.
admin-browser-timeout = 브라우저 로그인이 제시간에 끝나지 않았습니다. 아무것도 변경되지 않았습니다. 다시 실행하십시오(다른 디바이스에서 로그인하려면 --device-code 지정).
admin-browser-state-mismatch = dynsync에 도착한 로그인 응답이 이 로그인에 속하지 않으므로(state가 일치하지 않음) 거부되었습니다. dynsync가 출력한 주소에서 다시 로그인하십시오.
admin-browser-page-done = 로그인했습니다. 이 탭을 닫고 dynsync로 돌아가도 됩니다.
admin-browser-page-failed = 로그인이 완료되지 않았습니다. dynsync로 돌아가서 이유를 확인하십시오.
admin-client-id-not-guid = --admin-client-id / DYNSYNC_ADMIN_CLIENT_ID: { $value }은(는) GUID가 아닙니다. 테넌트에 등록된 퍼블릭 클라이언트의 애플리케이션(클라이언트) ID를 지정하거나, Azure CLI의 클라이언트로 로그인하려면 생략하십시오.
admin-graph-host-invalid = --graph-host / DYNSYNC_GRAPH_HOST: { $value }은(는) Graph 기본 URL이 아닙니다. 경로, 쿼리, 자격 증명 없이 https://HOST를 지정하십시오(일반 http는 루프백에만 사용).
