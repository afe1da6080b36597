### errors
# 명령이 일찍 끝난 이유 (src/error.rs, src/cli.rs), 프로필 파일 (src/profile.rs), OS 키링
# (src/secrets.rs), HTTP 클라이언트 (src/http.rs)의 오류.
# Texts from files, servers and the system come in as arguments ($error, $detail, $reason).

## How an error reaches stderr (src/cli.rs: report_error)

errors-error = 오류: { $error }
# Ctrl-C at a prompt, or SIGINT, SIGTERM or SIGHUP.
errors-interrupted = 중단되었습니다
errors-could-not-start = 시작할 수 없습니다: { $error }

## The profile file (src/profile.rs). $path is the file; $name and $value are quoted as typed.

errors-profile-not-found = 이름이 { $name }인 프로필이 없습니다(목록 보기: dynsync profile list)
errors-profile-bad-name = 프로필 이름 { $name }은(는) 사용할 수 없습니다. 문자, 숫자, '.', '_', '-'로 1~64자를 사용하고 문자나 숫자로 시작하십시오
# $detail: what the TOML parser said, or errors-profile-no-format-field.
errors-profile-corrupt = { $path }은(는) 올바른 dynsync 프로필 파일이 아닙니다({ $detail }). 파일은 변경되지 않았습니다. 수정하거나 다른 곳으로 옮기십시오
errors-profile-toml-at = { $line }행: { $problem }
errors-profile-no-format-field = 올바른 `format` 필드가 없습니다
# $found: the file's format number; $format: the one this dynsync reads.
errors-profile-newer = { $path }은(는) 더 새로운 dynsync가 작성했습니다(format { $found }, 이 버전은 { $format }을(를) 읽음). 파일은 변경되지 않았습니다. dynsync를 업그레이드하십시오
errors-profile-dir-writable = { $path }은(는) 다른 사용자가 쓸 수 있으므로 프로필이 변경되었을 수 있습니다. dynsync는 이 위치를 읽거나 쓰지 않습니다. 해결: chmod 700 { $path }
errors-profile-dir-owner = { $path }은(는) 다른 사용자의 소유입니다. dynsync는 이 위치를 읽거나 쓰지 않습니다. 본인의 설정 디렉터리를 사용하십시오(--config-dir DIR 또는 DYNSYNC_CONFIG_DIR)
errors-profile-not-a-file = { $path }은(는) 일반 파일이 아닙니다(심볼릭 링크, FIFO 또는 장치). dynsync는 이 파일을 읽거나 바꾸지 않습니다. 다른 곳으로 옮기십시오
errors-profile-too-large = { $path }이(가) { $mib }MiB보다 큽니다. dynsync 프로필 파일은 이렇게 크지 않습니다. 파일은 변경되지 않았습니다. 다른 곳으로 옮기십시오
errors-profile-not-utf8 = UTF-8 텍스트가 아닙니다
errors-profile-locked = 다른 dynsync가 { $path }에 쓰는 중입니다. 잠시 후 다시 시도하십시오
errors-profile-io = { $path }: { $error }
errors-profile-no-config-dir = 설정 디렉터리가 없습니다. DYNSYNC_CONFIG_DIR을 설정하거나 --config-dir을 지정하십시오

## The OS keyring (src/secrets.rs). $reason is what the keyring said.

errors-keyring-unavailable = OS 키링을 사용할 수 없습니다: { $reason }
errors-keyring-refused = OS 키링이 거부했습니다: { $reason }
errors-keyring-no-answer = { $secs }초 안에 응답이 없습니다(키링이 잠겨 암호 입력을 기다리고 있습니까?). 이 명령을 실행하는 동안 dynsync는 키링에 다시 요청하지 않습니다
# What to do without a usable keyring; dynsync never falls back to a plaintext file.
errors-headless-help =
    dynsync는 비밀 정보를 OS 키링에만 저장하며 파일에는 저장하지 않습니다. 키링을 사용할 수 없으면:
    - 실행할 때마다 비밀 정보를 지정하십시오: DYNSYNC_CLIENT_SECRET과 DYNSYNC_PASSWORD, 또는 --secrets-stdin(1행 클라이언트 암호, 2행 암호).
    - 또는 키링을 사용할 수 있게 하십시오: Linux에서는 D-Bus 세션 버스에 잠금 해제된 Secret Service(GNOME Keyring, KeePassXC…)가 필요합니다. SSH에서는 `dbus-run-session -- sh`와 `echo -n PASS | gnome-keyring-daemon --unlock --components=secrets`로 시작하십시오.
# A keyring error that ends a command: the error, then what to do.
errors-keyring =
    { $error }
    { errors-headless-help }

## The HTTP client (src/http.rs). $host is host[:port]; $detail is what the system or the
## service said.

errors-http-connect = { $host }에 연결할 수 없습니다: { $detail }
errors-http-deadline = { $host }이(가) 응답하기 전에 실행 시간 제한({ $secs }초, --deadline)이 끝났습니다
errors-http-timeout = { $host }이(가) { $secs }초 안에 응답하지 않았습니다
errors-http-too-large = { $host }이(가) { $limit }바이트를 넘게 보냈습니다. 읽기를 중단했습니다
errors-http-html = { $host }이(가) JSON 대신 HTML 페이지로 응답했습니다(HTTP { $status }). 프록시, 종속 포털 또는 로그인 페이지가 중간에 있습니다
# $detail is empty, or the service's message with its own leading separator (": …" or " — …").
errors-http-unexpected = { $host }이(가) HTTP { $status }(으)로 응답했습니다{ $detail }
errors-http-not-json = { $host }이(가) JSON이 아닌 본문으로 응답했습니다(HTTP { $status })
errors-http-other = { $host }에 대한 요청이 실패했습니다: { $detail }
errors-http-demo-certificate = 데모 인증서: { $error }
errors-http-client = HTTP 클라이언트를 설정할 수 없습니다: { $error }
errors-ca-bundle-unreadable = CA 번들 { $path }을(를) 읽을 수 없습니다: { $error }
errors-ca-bundle-not-pem = CA 번들 { $path }이(가) PEM이 아닙니다: { $error }
errors-ca-bundle-empty = CA 번들 { $path }에 인증서가 없습니다

## Reading stdin (--secrets-stdin, store-secret, rotate, explain -).

errors-stdin-unreadable = stdin을 읽을 수 없습니다: { $error }
errors-stdin-too-long = stdin의 내용이 { $kib }KiB를 넘습니다. 아무것도 전송되지 않았습니다. 요청된 값만 한 줄에 하나씩 파이프로 전달하십시오
errors-stdin-not-utf8 = stdin이 UTF-8 텍스트가 아닙니다. 아무것도 전송되지 않았습니다. 값을 텍스트로 전달하십시오(예: 바이트 순서 표시(BOM)나 다른 인코딩 없이)

## Languages (--lang)

errors-unknown-lang = dynsync가 지원하지 않는 언어입니다. 다음 중 하나를 선택하십시오: { $languages }
