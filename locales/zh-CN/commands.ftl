### commands
# What the commands print (src/commands): profile, validate, explain, the demo banners.
# Names, values, paths and texts from servers come in as arguments; $name is a profile's name.
# A line indented deeper than the message's first keeps the extra spaces; a line that starts
# with "[" writes it {"["}; a last line {""} keeps a final line break.

## Shared by several commands

# Hidden prompts for the secrets.
commands-ask-client-secret = 客户端密码（值 (Value)，而不是机密 ID (Secret ID)）
commands-ask-password = 同步用户的密码
commands-ask-password-of = { $username } 的密码

## profile set (src/commands/profile/set.rs)

commands-profile-created = 已创建配置文件 { $name }
commands-profile-updated = 已更新配置文件 { $name }
commands-profile-set-next = 下一步：dynsync profile store-secret { $name } client-secret; dynsync profile store-secret { $name } password
# Followed by the refused fields, one per line.
commands-profile-nothing-saved = 未保存任何内容：
# $value: the value as typed, in quotes.
commands-profile-not-a-secret-id = { $value } 不是 GUID（门户中“机密 ID (Secret ID)”列的值）
commands-profile-hint-too-long = 最多 3 个字符：门户只显示客户端密码的前 3 个字符，更多字符会泄露密码
commands-profile-not-a-file = { $path } 不是文件

## profile list (src/commands/profile/list.rs): the column headings, then the cells

commands-profile-none =
    还没有配置文件。请创建一个：
      dynsync profile set NAME --client-id GUID --username UPN --org-url URL
commands-profile-column-name = 名称
commands-profile-column-org = 组织
commands-profile-column-user = 用户
commands-profile-column-last-validation = 上次验证
commands-profile-column-secret-expires = 客户端密码到期
# $at: date and time of the last validation (local time, with its offset from UTC).
commands-profile-last-ok = 成功 { $at }
commands-profile-last-failed = 失败 { $at }
commands-profile-never = 从未
# $date: the secret's expiry date; $days: days until it, or since it.
commands-profile-expires-in = { $date }（{ $days } 天）
commands-profile-expired = { $date }（已过期 { $days } 天）
commands-profile-expiry-unknown = 未知
# When the keyring cannot be read.
commands-profile-keyring-warning = 警告：{ $error }（机密显示为未存储）

## profile show (src/commands/profile/show.rs): a heading, then a line per setting

commands-profile-show-heading = 配置文件 { $name }
commands-profile-show-org-url = 组织 URL
commands-profile-show-username = 用户名
commands-profile-show-client-id = 客户端 ID
commands-profile-show-tenant = 租户
commands-profile-show-cloud = 云
commands-profile-show-authority-host = 颁发机构主机
commands-profile-show-ca-bundle = CA 证书包
commands-profile-show-secret-id = 机密 ID
commands-profile-show-secret-hint = 密码提示
commands-profile-show-secret-expires = 客户端密码到期
commands-profile-show-password-changed = 密码更改时间
commands-profile-show-client-secret = 客户端密码
commands-profile-show-password = 密码
commands-profile-show-last-validation = 上次验证
commands-profile-show-days-left = { $date }（剩余 { $days } 天）
commands-profile-show-stored = 已存储在系统密钥环中
commands-profile-show-not-stored = 未存储
# $at: date and time (RFC 3339); $code: the exit code.
commands-profile-show-passed = 于 { $at } 通过（退出代码 { $code }）
commands-profile-show-failed = 于 { $at } 失败（退出代码 { $code }）

## profile store-secret (src/commands/profile/store_secret.rs)

# $which: the word as typed, in quotes.
# $problem and $fix: what the input check said.
commands-profile-secret-refused = { $problem }；未存储任何内容。{ $fix }
# $kind: client-secret or password; $service and $account: the keyring entry.
commands-profile-secret-stored = 已将 { $name } 的 { $kind } 存储到系统密钥环中（服务 { $service }，帐户 { $account }）。

## profile remove (src/commands/profile/remove.rs)

commands-profile-remove-needs-confirmation = 删除 { $name } 需要确认：请在终端中运行，或传入 --yes
commands-profile-remove-confirm = 删除配置文件 { $name } 及其密钥环条目？
commands-profile-kept = 已保留 { $name }。
commands-profile-removed = 已删除配置文件 { $name } 及其密钥环条目。

## validate (src/commands/validate.rs)

# The heading over the report. $host: the org's host; $who: the sync user.
commands-validate-heading = 正在以 { $who } 的身份检查 { $host }
commands-validate-heading-inputs = 正在检查输入项
commands-validate-no-profiles = 还没有配置文件：请使用 `dynsync profile set NAME --client-id … --username … --org-url …` 创建一个
commands-validate-secrets-stdin-tty = --secrets-stdin 从管道读取，而不是从终端读取：请通过管道传入客户端密码和密码，或省略此标志以便提示输入
# A keyring that cannot be read: the secrets are looked for elsewhere.
commands-keyring-warning =
    警告：{ $error }
    { errors-headless-help }
commands-validate-record-failed = 警告：无法在配置文件中记录本次验证：{ $error }
# With -v after a demo run.
commands-validate-demo-stats = {"["}演示] 模拟器通过 { $connections } 个 TLS 连接处理了 { $requests } 个请求

## validate --all: one line per profile, then a summary

commands-validate-all-progress = 正在验证 { $count } 个配置文件…
# A profile's line when no check failed; $warnings is a number.
commands-validate-all-passed =
    { $warnings ->
        [0] 所有检查均已通过
       *[other] 已通过，有 { $warnings } 个警告
    }
commands-validate-all-summary = { $total } 个配置文件：{ $passed } 个通过，{ $failed } 个失败。

## validate --demo

commands-demo-scenarios-heading = 演示场景（dynsync validate --demo --scenario NAME）：
# $name: the scenario as typed, in quotes.
commands-unknown-scenario = 未知的演示场景 { $name }；可用以下命令列出：dynsync validate --demo --list-scenarios
# What the demo types as the client secret and the password ($secret_note, $password_note).
commands-demo-secret-value = 演示应用的客户端密码值
commands-demo-secret-id = 机密 ID { $secret_id }（误粘贴）
commands-demo-wrong-value = 错误的值
commands-demo-password = 同步用户的密码
commands-demo-wrong-password = 错误的密码
# $scenario and $about: the scenario's name and what it shows.
commands-validate-demo-banner =
    演示租户（在环回 HTTPS 上模拟的 Azure AD + Dataverse；不会有任何数据离开本机）
    场景：        { $scenario } — { $about }
    客户端 ID：   { $client_id }
    客户端密码：  { $secret_note }（从不打印）
    用户名：      { $username }
    密码：        { $password_note }（从不打印）
    组织 URL：    { $org_url }
    {""}

## explain (src/commands/explain.rs)

commands-explain-nothing-found = 输入中未找到 Azure AD 错误：请粘贴错误正文 (JSON) 或包含 AADSTSnnnnn 的消息
# $code: the argument as typed, in quotes.
commands-explain-not-a-code = { $code } 不是 AADSTS 代码：请传入例如 AADSTS50126、50126，或传入 - 以读取粘贴的错误
# Before the remedy's lines.
commands-explain-what-to-do = 解决方法：
# $field: the name of the input to enter again.
commands-explain-reenter = 需要重新输入：{ $field }

## The demo tenant behind --demo and demo-tenant (src/commands/mod.rs, demo_tenant.rs)

commands-no-demo = 此 dynsync 构建时未包含演示租户（cargo 功能 `demo`）
commands-demo-no-config-dir = 无法创建临时配置目录：{ $error }
commands-demo-tenant-cannot-write-ca = 无法将演示 CA 写入 { $path }：{ $error }
# $url: the simulator's address; $ca: its certificate file; $client_secret and $password: the
# scenario's demo values (accepted only by the simulator).
commands-demo-tenant-banner =
    演示租户位于 { $url } — 场景 { $scenario }：{ $about }
    其证书位于 { $ca }。按 Ctrl-C 停止。

    在另一个终端中运行（下面的客户端密码和密码是模拟器自己的演示值，
    其他任何系统都不接受）：

      dynsync profile set demo --client-id { $client_id } --username { $username } \
          --org-url { $url } --authority-host { $url } --ca-bundle { $ca }
      printf '%s\n' '{ $client_secret }' | dynsync profile store-secret demo client-secret
      printf '%s\n' '{ $password }' | dynsync profile store-secret demo password
      dynsync validate --profile demo

    （环回地址的组织 URL 不是 Dynamics Online 主机，因此输入检查会对此发出警告。）
commands-demo-tenant-stopped = 演示租户已停止，共处理 { $requests } 个请求

## setup --demo and rotate --demo (src/commands/setup.rs, rotate.rs)

# $unique_name: the demo org's unique name, typed to confirm the org.
commands-setup-demo-banner =
    演示：针对模拟租户运行向导（场景 { $scenario } — { $about }）。不会触及任何真实系统：
    { $storage }
    在提示时输入以下演示值（它们只对模拟器有效）：
      应用程序(客户端) ID：  { $client_id }
      客户端密码的值：       { $client_secret }
      同步用户：             { $username }
      密码：                 { $password }
      组织 URL：             { $org_url }
      组织唯一名称：         { $unique_name }
    {""}
# $profile: the demo profile's name; $secret: the value to type.
commands-rotate-demo-banner =
    演示：在模拟租户上轮换配置文件“{ $profile }”：{ $storage }
    当提示输入新的客户端密码值时，请输入：{ $secret }
    （Azure AD 需要一点时间才能接受新的客户端密码；演示会展示重试过程。）
    {""}
commands-rotate-demo-needs-terminal = rotate --demo 是交互式的，需要终端
# --demo with connection flags, env vars or secrets in the environment; $given lists them.
commands-demo-refuses-connection = --demo 使用演示租户自己的连接，因此以下设置将被忽略：{ $given }。运行演示时请去掉它们（取消设置这些变量），或者去掉 --demo 以使用它们

## profile remove without a usable keyring (src/commands/profile/remove.rs): the settings are
## removed, the keyring entries may remain.

commands-profile-removed-settings = 已删除配置文件 { $name } 的设置。
# $error: why the keyring could not be used; $entries: the accounts left, comma-separated;
# $commands: one system command per entry, one a line.
commands-profile-remove-keyring-left =
    警告：{ $error }
    无法检查或删除密钥环条目 { $entries }（服务 { $service }）。密钥环恢复正常后，请用以下命令删除它们：
    { $commands }
    或者让 dynsync 来删除：先运行 `dynsync profile set { $name }`，再运行 `dynsync profile remove { $name } --yes`。
# `explain -` on a terminal: how to end the paste.
commands-explain-paste-hint = 粘贴错误（JSON 或文本），然后在单独一行上按 Ctrl-D（Windows 上按 Ctrl-Z 再按 Enter）。

## man

commands-man-no-dir = 无法创建目录 { $dir }：{ $error }
commands-man-not-written = 无法写入 { $path }：{ $error }
commands-man-written = 已将 { $pages } 个手册页写入 { $dir }。

## The demo scenarios (dynsync validate --demo --list-scenarios): commands-scenario-<name>

commands-scenario-ok = 一切均已设置好：所有检查均通过
commands-scenario-federated-no-hrd = 用户的域是联合域 (AD FS)，且没有主领域发现 (HRD) 策略让 Azure AD 检查密码
commands-scenario-federated-hrd = 联合域，已配置 HRD 策略和密码哈希同步：可以工作，但有一个警告
commands-scenario-mfa = 条件访问要求同步用户进行多重身份验证 (MFA)
commands-scenario-secret-id-pasted = 粘贴的是机密 ID (Secret ID)，而不是客户端密码的值 (Value)（在发送任何请求之前即被发现）
commands-scenario-expired-secret = 客户端密码已过期
commands-scenario-wrong-password = 同步用户的密码错误（托管域）
commands-scenario-locked-out = 智能锁定已锁定同步用户：请停止，不要重试
commands-scenario-no-consent = 从未授予 Dynamics CRM user_impersonation 的管理员同意
commands-scenario-public-client = 应用注册的“允许公共客户端流 (Allow public client flows)”设置为“是 (Yes)”
commands-scenario-not-in-org = 环境拒绝同步用户的令牌（Dataverse 返回 401）
commands-scenario-user-disabled = 同步用户在 Dynamics 中已被禁用
commands-scenario-user-settings = 同步用户为非交互用户，且其用户界面语言为法语
commands-scenario-missing-role = 同步用户没有 Marketo Sync User 角色
commands-scenario-team-role = 同步用户通过团队获得该角色
commands-scenario-no-solution = 未安装 Marketo Lead Management 解决方案
commands-scenario-old-solution = 安装的是旧版本的解决方案（早于 4.0.0.14）
commands-scenario-disabled-step = 解决方案的某个插件步骤已被停用
commands-scenario-config-other-user = Marketo Config "Default" 指定的是另一个用户（角色没有问题）：Marketo 的角色项也会显示红色 X
commands-scenario-config-unset = Marketo Config "Default" 未指定任何用户
commands-scenario-slow = 一切均已设置好，但每个响应都要等一会儿（默认 400 毫秒；可用 --latency-ms 更改）
commands-scenario-user-not-member = 同步用户不是 Dynamics 环境的成员（Dataverse 返回 403 0x80072560）：dynamics.whoami 失败
commands-scenario-no-read-privilege = 同步用户无权读取解决方案、插件步骤、解决方案组件或表定义（403 0x80040220）：这些检查被跳过，每项都附有对应的手动检查方法
commands-scenario-challenge-any-case = 组织的登录质询大小写混合、带引号，且位于 Negotiate 质询之后：仍能找到租户（所有检查均通过）
commands-scenario-org-probe-503 = 组织对登录探测的每次响应都是 HTTP 503：无法检查，请稍后重试（退出代码 3）
commands-scenario-user-other-tenant = 同步用户的域属于与组织不同的另一个租户：租户检查失败，并指出两个租户（退出代码 1）
commands-scenario-entity-join-refused = 组织拒绝从 entity 到 solutioncomponent 的 FetchXML 联接（HTTP 400）：改为通过元数据 API 找到 Marketo Config（所有检查均通过）
commands-scenario-user-french = 同步用户的用户界面语言为法语（Adobe 要求使用英语）
commands-scenario-s2s-ok = 服务器到服务器 (S2S)：应用使用其客户端凭据以其应用程序用户身份登录，该用户拥有该角色，且是 Marketo Config 指定的用户：所有检查均通过
commands-scenario-s2s-no-app-user = 服务器到服务器 (S2S)：环境中没有该应用的应用程序用户（Dataverse 拒绝其令牌）：请创建该用户（dynsync fix）
commands-scenario-s2s-no-role = 服务器到服务器 (S2S)：应用程序用户没有任何安全角色
commands-scenario-s2s-app-user-disabled = 服务器到服务器 (S2S)：应用程序用户已被禁用
commands-scenario-s2s-mfa-user = 同步用户被强制要求多重身份验证 (MFA)：密码授予被拒绝 (AADSTS50076)，而该应用的应用程序用户可以正常工作（请尝试 --auth s2s）
## validate --all: where to see the details of a profile that failed or warned.

commands-validate-all-details = { $profile } 的详细信息：dynsync validate --profile { $profile }

## demo-tenant refuses the global --config-dir (it keeps no profiles).

commands-demo-tenant-no-config-dir = demo-tenant 不保存任何配置文件：请在另一个终端中运行配置文件命令并加上 --config-dir，再如其启动信息所示，用 --authority-host、--org-url 和 --ca-bundle 将它们指向演示租户

## Where a demo keeps its profile and progress ($storage in the demo banners).

commands-demo-storage-throwaway = 配置文件写入临时目录，机密存入内存中的密钥环，结束后两者都会消失。
commands-demo-storage-kept = 演示的配置文件和进度保存在 { $dir } 中，直到演示完成（之后删除），因此停止后可以继续；机密存入内存中的密钥环（演示自己的值，继续时会重新放入）。

## Server-to-Server (S2S) and `dynsync fix` (issue 14).

# The demo banner's password line for an S2S scenario.
commands-demo-s2s-no-password = 无：S2S 使用应用的客户端凭据登录
# `profile show`: how the connection signs in (password | s2s).
commands-profile-show-auth = 登录方式
