### errors
# Why a command ended early (src/error.rs, src/cli.rs), and the errors of the profile file
# (src/profile.rs), the OS keyring (src/secrets.rs) and the HTTP client (src/http.rs).
# Texts from files, servers and the system come in as arguments ($error, $detail, $reason).

## How an error reaches stderr (src/cli.rs: report_error)

errors-error = 错误：{ $error }
# Ctrl-C at a prompt, or SIGINT, SIGTERM or SIGHUP.
errors-interrupted = 已中断
errors-could-not-start = 无法启动：{ $error }

## The profile file (src/profile.rs). $path is the file; $name and $value are quoted as typed.

errors-profile-not-found = 没有名为 { $name } 的配置文件（可用 dynsync profile list 列出）
errors-profile-bad-name = 不允许使用配置文件名 { $name }：请使用 1 到 64 个字母、数字、'.'、'_' 或 '-'，并以字母或数字开头
# $detail: what the TOML parser said, or errors-profile-no-format-field.
errors-profile-corrupt = { $path } 不是有效的 dynsync 配置文件（{ $detail }）；该文件未被改动：请修复或移走它
errors-profile-toml-at = 第 { $line } 行：{ $problem }
errors-profile-no-format-field = 没有有效的 `format` 字段
# $found: the file's format number; $format: the one this dynsync reads.
errors-profile-newer = { $path } 由更新版本的 dynsync 写入（格式 { $found }，此版本读取格式 { $format }）；该文件未被改动：请升级 dynsync
errors-profile-dir-writable = { $path } 可被其他用户写入，其中的配置文件可能已被改动：dynsync 不会在此读取或写入。修复方法：chmod 700 { $path }
errors-profile-dir-owner = { $path } 属于其他用户：dynsync 不会在此读取或写入。请使用你自己的配置目录（--config-dir DIR 或 DYNSYNC_CONFIG_DIR）
errors-profile-not-a-file = { $path } 不是普通文件（而是符号链接、FIFO 或设备）：dynsync 不会读取或替换它。请将其移走
errors-profile-too-large = { $path } 大于 { $mib } MiB，不可能是 dynsync 配置文件：该文件未被改动。请将其移走
errors-profile-not-utf8 = 不是 UTF-8 文本
errors-profile-locked = 另一个 dynsync 正在写入 { $path }；请稍后重试
errors-profile-io = { $path }：{ $error }
errors-profile-no-config-dir = 没有配置目录：请设置 DYNSYNC_CONFIG_DIR 或传入 --config-dir

## The OS keyring (src/secrets.rs). $reason is what the keyring said.

errors-keyring-unavailable = 无法使用系统密钥环：{ $reason }
errors-keyring-refused = 系统密钥环拒绝了请求：{ $reason }
errors-keyring-no-answer = { $secs } 秒内没有响应（密钥环是否已锁定并在等待密码提示？）；本命令执行期间 dynsync 不会再次请求它
# What to do without a usable keyring; dynsync never falls back to a plaintext file.
errors-headless-help =
    dynsync 只将机密存储在系统密钥环中，从不写入文件。没有可用的密钥环时：
    - 每次运行时提供机密：DYNSYNC_CLIENT_SECRET 和 DYNSYNC_PASSWORD，或 --secrets-stdin（第 1 行为客户端密码，第 2 行为密码）；
    - 或者让密钥环可用：在 Linux 上，需要 D-Bus 会话总线上有一个已解锁的 Secret Service（GNOME Keyring、KeePassXC…）— 通过 SSH 时，可用 `dbus-run-session -- sh` 和 `echo -n PASS | gnome-keyring-daemon --unlock --components=secrets` 启动一个。
# A keyring error that ends a command: the error, then what to do.
errors-keyring =
    { $error }
    { errors-headless-help }

## The HTTP client (src/http.rs). $host is host[:port]; $detail is what the system or the
## service said.

errors-http-connect = 无法连接到 { $host }：{ $detail }
errors-http-deadline = 在 { $host } 响应之前，本次运行的时间限制（{ $secs } 秒，--deadline）已用完
errors-http-timeout = { $host } 在 { $secs } 秒内没有响应
errors-http-too-large = { $host } 发送的数据超过 { $limit } 字节；已停止读取
errors-http-html = { $host } 返回的是 HTML 页面（HTTP { $status }）而不是 JSON：中间有代理、强制门户或登录页面
# $detail is empty, or the service's message with its own leading separator (": …" or " — …").
errors-http-unexpected = { $host } 返回了 HTTP { $status }{ $detail }
errors-http-not-json = { $host } 返回的正文不是 JSON（HTTP { $status }）
errors-http-other = 对 { $host } 的请求失败：{ $detail }
errors-http-demo-certificate = 演示证书：{ $error }
errors-http-client = 无法设置 HTTP 客户端：{ $error }
errors-ca-bundle-unreadable = 无法读取 CA 证书包 { $path }：{ $error }
errors-ca-bundle-not-pem = CA 证书包 { $path } 不是 PEM 格式：{ $error }
errors-ca-bundle-empty = CA 证书包 { $path } 中没有证书

## Reading stdin (--secrets-stdin, store-secret, rotate, explain -).

errors-stdin-unreadable = 无法读取 stdin：{ $error }
errors-stdin-too-long = stdin 的内容超过 { $kib } KiB：未发送任何内容。请只通过管道传入所要求的值，每行一个
errors-stdin-not-utf8 = stdin 不是 UTF-8 文本：未发送任何内容。请以文本形式传入值（例如不带字节顺序标记，也不要使用其他编码）

## Languages (--lang)

errors-unknown-lang = 不是 dynsync 支持的语言；请从以下语言中选择：{ $languages }
