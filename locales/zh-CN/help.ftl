# dynsync's --help: every command's about (help-<command>-about, its long form .long, its
# epilogue .after) and every argument's help (help-arg-<argument> where every command says the
# same, help-<command>-arg-<argument> where one says it its own way; .long, and .value-<value>
# for a possible value). <command> is the subcommand path joined by "-" (dynsync for the top).
# src/help.rs applies them; a test keeps the English ones identical to the doc comments.

## Commands

help-dynsync-about = 设置并检查 Marketo ⇄ Microsoft Dynamics 365 同步的凭据
    .long =
        dynsync 在 Marketo 中保存任何内容之前，先检查 Marketo ⇄ Dynamics 365 同步的凭据是否有效：它运行与 Marketo 相同的 Azure AD 密码授予，用得到的令牌检查 Dynamics，并预测 Marketo 自己的“验证同步设置 (Validate Sync Setup)”检查清单。

        无需 Azure 租户即可试用：dynsync setup --demo
    .after =
        { help-exit-codes }
help-setup-about = 引导式设置：应用注册、凭据、检查以及 Marketo 步骤，可中断后继续
    .after =
        { help-exit-codes }
help-validate-about = 针对 Azure AD 和 Dynamics 检查同步凭据，不触及 Marketo
    .after =
        机密从不通过命令行标志传入。客户端密码来自 DYNSYNC_CLIENT_SECRET，密码来自
        DYNSYNC_PASSWORD；或者两者都来自 --secrets-stdin（第 1 行为客户端密码，第 2 行为密码）；
        或者在终端上通过隐藏的提示输入。

        示例：
          dynsync validate --demo
          dynsync validate --demo --scenario federated-no-hrd
          dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \
                           --org-url https://contoso.crm.dynamics.com
          printf '%s\n%s\n' "$SECRET" "$PASSWORD" | dynsync validate --secrets-stdin --json ...

        { help-exit-codes }
help-rotate-about = 将轮换后的客户端密码（或更改后的密码）投入使用，无需停机
    .after =
        { help-exit-codes }
help-explain-about = 解释 Azure AD 错误：一个代码（AADSTS50126 或 50126），或用 `-` 从 stdin 读取粘贴的错误
    .after =
        { help-exit-codes }
help-profile-about = 管理配置文件：每个 Marketo ⇄ Dynamics 连接一个（机密保存在系统密钥环中）
help-profile-list-about = 列出配置文件：组织、用户、上次验证、客户端密码到期
help-profile-show-about = 显示一个配置文件的设置以及每个机密是否已存储（从不显示机密本身）
help-profile-set-about = 创建配置文件，或更改其非机密设置
help-profile-store-secret-about = 将客户端密码或密码存储到系统密钥环中（通过隐藏的提示输入；没有终端时从 stdin 读取）
help-profile-remove-about = 删除配置文件及其密钥环条目
help-demo-tenant-about = 在环回地址上运行演示租户（模拟的 Azure AD + Dataverse），直到按 Ctrl-C，以便从另一个终端针对它演练配置文件和脚本
help-completions-about = 输出 bash、zsh、fish、PowerShell 或 elvish 的 shell 补全脚本
help-man-about = 输出手册页，或将所有手册页（每个子命令一页）写入目录

## Arguments said the same wherever they appear

help-arg-all = 并发验证所有配置文件
help-arg-authority-host = 替换云的登录主机（代理、测试）；仅环回地址可使用 http
help-arg-ca-bundle = 除系统证书外额外信任的 CA 证书 (PEM)（例如用于 TLS 检查）
help-arg-ca-file = 将演示 CA 证书写入此处（默认：临时目录中的一个文件，退出时删除）
help-arg-client-id = 应用注册的应用程序(客户端) ID（一个 GUID；不是对象 ID）
help-arg-cloud = 国家云；省略时根据组织 URL 的域推断
    .value-public = 商业云（login.microsoftonline.com，*.crmN.dynamics.com）
    .value-usgov = 美国政府社区云 (GCC)：商业云登录主机，*.crm9.dynamics.com
    .value-usgovhigh = 美国 GCC High（login.microsoftonline.us，*.crm.microsoftdynamics.us）
    .value-dod = 美国国防部 (DoD)（login.microsoftonline.us，*.crm.appsplatform.us）
    .value-china = 中国，由世纪互联运营（login.partner.microsoftonline.cn，*.crm.dynamics.cn）
help-arg-code = AADSTS50126、50126，或 -（从 stdin 读取错误正文或消息）
help-arg-config-dir = 配置文件的存放位置（默认：平台的配置目录，例如 ~/.config/dynsync）
help-arg-deadline = 整个检查运行的时间限制，以秒为单位（默认 45）：请求和重试到此停止，报告给出已有的结果（如果只有这一项失败，则退出代码为 3）
help-arg-existing-app = 应用注册已存在（跳过引导式注册）
help-arg-expiry-warning-days = 客户端密码在此天数内到期时发出警告
help-arg-jobs = 与 --all 一起使用：同时验证多少个配置文件
help-arg-json = 输出 JSON
help-arg-lang = dynsync 输出所用的语言（en、fr、ko、nl、zh-CN；默认：DYNSYNC_LANG，其次是区域设置：LC_ALL、LC_MESSAGES、LANG）
help-arg-list-scenarios = 与 --demo 一起使用：列出场景并退出
help-arg-marketo-done = 操作员已在 Marketo 中输入新值：只检查该值并更新密钥环和配置文件（用于脚本；无需终端）
help-arg-name = 配置文件
help-arg-org-url = Dynamics 组织 URL，例如 https://contoso.crm.dynamics.com（其他形式会被规范化）
help-arg-password-changed = 同步用户的密码上次更改的日期 (YYYY-MM-DD)
help-arg-path = 首次连接或更新现有连接（省略时会询问）
help-arg-port = 监听此环回端口（默认：任意空闲端口）
help-arg-replication-retries = 在 Azure AD 复制全新的客户端密码期间，重试该密码的次数
help-arg-replication-wait = 两次重试之间的秒数
help-arg-secret-hint = 客户端密码的前几个字符，与门户中显示的一致（最多 3 个）
help-arg-secret-key-id = 客户端密码的机密 ID (Secret ID)（一个 GUID），用于在门户中识别它
help-arg-tenant = 目录(租户) ID 或已验证的域；省略时根据组织 URL 发现
help-arg-timeout = 每个请求的超时时间，以秒为单位
help-arg-username = 同步用户的用户主体名称 (UPN)，例如 marketo.sync@contoso.com
help-arg-verbose = 将每个 HTTP 请求（方法、不含查询值的 URL、状态、耗时）记录到 stderr。从不记录机密
help-arg-what = 哪个凭据（省略时会询问）
help-arg-which = 哪个机密
    .value-client-secret = 应用注册的客户端密码（其值 (Value)）
    .value-password = 同步用户的密码
help-arg-dir = 将所有手册页（dynsync.1 以及每个子命令一页）写入 DIR，而不是将 dynsync.1 输出到 stdout
help-arg-profile-names = 输出配置文件名称，每行一个（补全脚本调用它来补全 --profile）
help-arg-shell = 要为其生成补全的 shell

## Arguments a command describes its own way

help-profile-set-arg-ca-bundle = 除系统证书外额外信任的 CA 证书 (PEM)（存储为绝对路径）
help-setup-arg-demo = 针对内置演示租户演练整个向导（临时配置，内存中的密钥环）
help-validate-arg-demo = 针对内置演示租户运行（在环回 HTTPS 上模拟的 Azure AD + Dataverse）
help-rotate-arg-demo = 针对演示租户演练一次轮换（临时配置，内存中的密钥环）
help-validate-arg-json = 在 stdout 上输出一个 JSON 文档（无论结果如何，始终输出）
help-validate-arg-latency-ms = 与 --demo 一起使用：将每个模拟响应延迟此毫秒数
help-demo-tenant-arg-latency-ms = 将每个响应延迟此毫秒数
help-profile-set-arg-name = 配置文件名称：字母、数字、'.'、'_' 或 '-'
help-setup-arg-profile = 要设置的配置文件（省略时会询问）
help-validate-arg-profile = 从此配置文件和系统密钥环中获取输入项；标志和环境变量逐字段覆盖
help-rotate-arg-profile = 要更改其凭据的配置文件（有多个时会询问）
help-setup-arg-resume = 继续未完成的设置（最近的一次，或 --profile 指定的那个）
help-rotate-arg-resume = 继续未完成的轮换
help-setup-arg-scenario = 与 --demo 一起使用：演示场景（参见 `dynsync validate --demo --list-scenarios`）
help-validate-arg-scenario = 演示场景（参见 --list-scenarios）
help-demo-tenant-arg-scenario = 要提供的场景（参见 `dynsync validate --demo --list-scenarios`）
help-setup-arg-secret-expires = 客户端密码的到期日期（YYYY-MM-DD，或 Azure 门户显示的 M/D/YYYY 格式）
help-validate-arg-secret-expires = 客户端密码的到期日期 (YYYY-MM-DD)，用于 secret.expiry 检查（否则使用配置文件中的日期）
help-rotate-arg-secret-expires = 新客户端密码的到期日期（YYYY-MM-DD，或 Azure 门户显示的 M/D/YYYY 格式）
help-profile-set-arg-secret-expires = 客户端密码的到期日期 (YYYY-MM-DD)，与门户中显示的一致
help-validate-arg-secrets-stdin = 从 stdin 读取客户端密码（第 1 行）和密码（第 2 行）
help-rotate-arg-secrets-stdin = 从 stdin 读取新值（第 1 行），而不是通过提示输入
help-setup-arg-transcript = 将所做操作及其时间的 Markdown 记录（不含机密）追加到 FILE
help-rotate-arg-transcript = 将 Markdown 记录（不含机密）追加到 FILE
help-setup-arg-yes = 没有终端时：从标志和环境变量获取所有输入项，保存配置文件，并将 Marketo 步骤打印为检查清单
help-profile-remove-arg-yes = 不要求确认

## Shared text

help-exit-codes =
    退出代码：
      0    所有检查均已通过（允许有警告）
      1    某项检查失败
      2    输入无效：未发送任何内容
      3    无法连接某个服务，或其响应不符合预期（超时、被拒绝、5xx、非 JSON、TLS）
      130  已中断（Ctrl-C、SIGTERM 或 SIGHUP）

## clap's own words (used in every language but English, where clap's own are shown)

help-clap-usage = 用法:
help-clap-options = 选项
help-clap-arguments = 参数
help-clap-commands = 命令
help-clap-help = 显示帮助
help-clap-help-more = 显示帮助（使用 '--help' 查看更多）
help-clap-help-summary = 显示帮助（使用 '-h' 查看摘要）
help-clap-version = 显示版本
help-clap-help-command = 显示此消息或指定子命令的帮助
help-clap-help-command-arg = 显示子命令的帮助
help-clap-default = [默认值：{ $value }]
help-clap-env = [环境变量：{ $var }]
help-clap-possible = [可选值：{ $values }]
help-clap-possible-long = 可选值：

## clap's errors (a command line it refuses), in every language but English

help-clap-error = 错误：{ $error }
help-clap-argument-conflict = 参数 '{ $arg }' 不能与 '{ $other }' 一起使用
help-clap-argument-repeated = 参数 '{ $arg }' 不能多次使用
help-clap-no-equals = 为 '{ $arg }' 赋值时需要使用等号
help-clap-value-required = '{ $arg }' 需要一个值，但未提供
help-clap-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
help-clap-value-validation = '{ $arg }' 的值 '{ $value }' 无效：{ $error }
help-clap-invalid-subcommand = 无法识别的子命令 '{ $name }'
help-clap-missing-required = 未提供以下必需的参数：
help-clap-missing-subcommand = '{ $name }' 需要一个子命令，但未提供
help-clap-subcommands = [子命令：{ $values }]
help-clap-too-many = 发现 '{ $arg }' 的意外值 '{ $value }'；不应再有更多值
help-clap-too-few = '{ $arg }' 需要 { $expected } 个值；只提供了 { $actual } 个
help-clap-wrong-number = '{ $arg }' 需要 { $expected } 个值，但提供了 { $actual } 个
help-clap-unknown-argument = 发现意外的参数 '{ $arg }'
help-clap-similar = 提示：你是不是想用 '{ $names }'？
help-clap-more-info = 有关详细信息，请尝试 '{ $help }'。

## Added with setup --confirm-org and demo-tenant's refusal of --config-dir

help-arg-confirm-org = 组织的唯一名称（例如 org1a2b3c4d），用于代替在组织确认步骤中输入；与 --yes 一起使用时必需。名称与组织不符时，设置会在保存任何内容之前停止
help-dynsync-arg-config-dir = 配置文件的存放位置（默认：平台的配置目录，例如 ~/.config/dynsync）
help-demo-tenant-arg-config-dir = 不提供：演示租户不保存配置文件（此项代替全局标志并被隐藏，会按名称拒绝它）

## Added with app create, app show, the admin sign-in and rotate --create-secret

help-app-about = 以 Azure 管理员身份登录（仅限本次运行），通过 Microsoft Graph 在 Azure AD 中注册同步的应用 (`app create`)，或按 Azure AD 中的实际情况显示它 (`app show`)
help-app-create-about = 替你在 Azure AD 中注册同步的应用（以 Azure 管理员身份登录）：应用、其服务主体、管理员同意、直接存入密钥环的客户端密码、联合用户所需的 HRD 策略，然后进行验证。幂等：重新运行只会更改缺少的部分
    .after =
        { help-exit-codes }
help-app-show-about = 按 Azure AD 中的实际情况显示应用注册（以 Azure 管理员身份登录）：权限、同意、服务主体、每个客户端密码、HRD 策略；并更正配置文件中记录的到期日期
    .after =
        { help-exit-codes }
help-arg-admin-client-id = Azure 管理员用来登录的公共客户端（默认：Azure CLI 的客户端 04b07795-8ddb-461a-bbee-02f9e1bf7b46）；适用于阻止第一方客户端的租户
help-arg-create-secret = 通过 Microsoft Graph 创建新客户端密码（由 Azure 管理员登录），验证后将其保留为待定；使用 --print-secret 时，其值单独写到 stdout，供脚本传递给 Marketo。然后：rotate --profile P --resume --marketo-done [--remove-old]
help-arg-device-code = 使用设备代码（代码和 URL 输出到 stderr，可在任意设备上输入）而不是浏览器让 Azure 管理员登录；无法打开浏览器时也会使用
help-arg-graph-host = 替换该云的 Microsoft Graph 主机（代理、测试）；仅环回地址可用 http
help-arg-hrd = 让 Azure AD 能够检查联合用户密码的主领域发现 (HRD) 策略
    .value-auto = 仅适用于联合域上的同步用户（需要 `--username` 才能判断）
help-arg-new-secret = 即使配置文件中存储的客户端密码仍在应用上，也添加一个客户端密码
help-arg-password-stdin = 从 stdin 读取同步用户的密码（用于验证新凭据）
help-arg-remove-old = 与 --resume --marketo-done 一起使用，在 --create-secret 之后：新客户端密码投入使用后，从应用中删除旧客户端密码（配置文件中的那个，按其密钥 ID）
help-arg-secret-months = 新客户端密码的有效月数（默认 12）
help-app-create-arg-demo = 针对内置演示租户运行：模拟的管理员和目录，没有真实内容
help-app-show-arg-demo = 针对内置演示租户运行（先注册演示应用，与 `app create --demo` 相同）
help-app-create-arg-json = 在 stdout 上输出一个 JSON 文档
help-app-show-arg-json = 在 stdout 上输出一个 JSON 文档
help-app-create-arg-name = 应用注册的显示名称
help-app-create-arg-org-url = Dynamics 组织 URL，例如 https://contoso.crm.dynamics.com（据此查找其租户）
help-app-show-arg-org-url = Dynamics 组织 URL，例如 https://contoso.crm.dynamics.com（据此查找其租户）
help-rotate-arg-print-secret = 与 --create-secret 一起使用：将新客户端密码的值单独写到 stdout（供脚本使用）
help-app-create-arg-print-secret = 将新客户端密码的值单独写到 stdout（供管道使用），而不是存入密钥环
help-app-create-arg-profile = 应用存入的配置文件（不存在时会创建）：客户端 ID、租户、密钥 ID、密码提示和到期日期存入配置文件，客户端密码的值存入系统密钥环
help-app-show-arg-profile = 要显示其应用的配置文件（其组织、租户和客户端 ID）
help-rotate-arg-replication-wait = 两次尝试之间的秒数
help-app-create-arg-replication-wait = 等待 Azure AD 复制新应用或新客户端密码的时长（秒）
help-app-create-arg-secret-expires = 新客户端密码的到期日期 (YYYY-MM-DD)
help-app-create-arg-username = 同步用户 (UPN)：决定是否需要 HRD 策略（联合域），并使新凭据能够得到验证

## Added with S2S (--auth) and dynsync fix

help-fix-about = 使用 Dynamics 管理员的登录修复 Dynamics 端（角色、Marketo Config 用户、插件步骤、用户界面语言、应用程序用户），然后再次检查
    .after =
        更改使用 Dynamics 管理员的登录（Dataverse 系统管理员角色）进行，
        在浏览器中或使用 --device-code 登录；管理员的令牌仅在本次运行期间保存在内存中。

        示例：
          dynsync fix --profile contoso-prod --dry-run
          dynsync fix --profile contoso-prod --device-code
          dynsync fix --profile contoso-prod --yes --json
          dynsync fix --demo --scenario s2s-no-app-user --yes
help-arg-dry-run = 显示计划后停止：不更改任何内容
help-setup-arg-auth = 同步的登录方式：password（有许可证的同步用户）或 s2s（应用作为 Dataverse 应用程序用户）。对密码配置文件使用 --path update 时：执行 Marketo 的重新配置 (Reconfigure) 流程，并在切换 (Switch) 后等待 15 分钟
    .value-password = 有许可证的同步用户，使用 OAuth2 密码授予 (ROPC)：Marketo 的默认方式
    .value-s2s = 服务器到服务器：应用的客户端凭据，以 Dataverse 应用程序用户身份操作（Marketo 的“Web API”/S2S 连接）。无需密码，在强制实施 MFA 时也可用
help-validate-arg-auth = 同步的登录方式：`password`（有许可证的同步用户，默认）或 `s2s`（应用的客户端凭据，作为 Dataverse 应用程序用户；此时 --username 是应用程序用户的电子邮件，可选）
    .value-password = 有许可证的同步用户，使用 OAuth2 密码授予 (ROPC)：Marketo 的默认方式
    .value-s2s = 服务器到服务器：应用的客户端凭据，以 Dataverse 应用程序用户身份操作（Marketo 的“Web API”/S2S 连接）。无需密码，在强制实施 MFA 时也可用
help-profile-set-arg-auth = 同步的登录方式：password（有许可证的同步用户）或 s2s（应用程序用户）
    .value-password = 有许可证的同步用户，使用 OAuth2 密码授予 (ROPC)：Marketo 的默认方式
    .value-s2s = 服务器到服务器：应用的客户端凭据，以 Dataverse 应用程序用户身份操作（Marketo 的“Web API”/S2S 连接）。无需密码，在强制实施 MFA 时也可用
help-fix-arg-demo = 修复内置演示租户的某个演示场景
help-fix-arg-json = 在 stdout 上输出一个 JSON 文档：planned、applied、failed、manual、validate
help-fix-arg-scenario = 与 --demo 一起使用：要修复的场景（missing-role、config-unset、disabled-step、user-french、s2s-no-app-user…）
help-fix-arg-profile = 要检查和修复的已保存连接
help-fix-arg-yes = 不询问，直接进行计划中的更改（供脚本使用）
