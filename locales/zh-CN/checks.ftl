### checks

# The checks (src/checks): each check's summary line, and the .remedy attribute that says what to
# do. A check's id ($check, e.g. dynamics.whoami) is machine-readable and never translated.
# $note is " — " and Dataverse's own error message, or nothing; $status is an HTTP status.
# {" "} at the start of a value keeps its leading space.

## The run (src/checks/mod.rs).

# Progress, while the requests are out.
checks-progress-azure = 正在询问 Azure AD：租户、领域和令牌…
checks-progress-dynamics = 正在用同步用户的令牌检查 Dynamics…
checks-interrupted = 此检查完成前已中断
checks-input-ok = 所有输入项格式正确
# One line of the input check's remedy: an input's name (input-field-…) and its fix.
checks-input-fix-for-field = { $field }：{ $fix }
checks-skip-invalid-input = 未运行：请先修正输入项（未发送任何内容）
checks-skip-needs-token = 未运行：需要令牌（请参阅令牌检查）
# The fix when the HTTP client cannot be built from --ca-bundle.
checks-ca-bundle-unusable = 请在 --ca-bundle 中传入一个可读取的 PEM 格式 CA 证书文件
# $who is the sync user; $url the org URL.
checks-token-issued = Azure AD 已为 { $who } 颁发访问 { $url } 的令牌
checks-token-issued-valid-for = Azure AD 已为 { $who } 颁发访问 { $url } 的令牌（有效期 { $minutes } 分钟）

## The tenant (src/checks/signin.rs). $tenant is the org's tenant ID; $host the org's host.

# $tenant is --tenant as given; $summary the Azure AD error's headline.
checks-tenant-given-refused = --tenant { $tenant }：{ $summary }
checks-tenant-adfs = { $host } 通过本地 AD FS（{ $authority }）登录，而不是通过 Azure AD
    .remedy = dynsync 使用 Azure AD 检查 Dynamics 365 Online。对于本地部署的 Dynamics (IFD)，请按照 Marketo 的本地部署设置说明操作；针对 Azure AD 的密码授予不适用
# $detail says what answered instead.
checks-tenant-not-dataverse = { $url } 不是 Dynamics 365 (Dataverse) 终结点：{ $detail }
    .remedy = 请从 Power Platform 管理中心（环境 (Environments) → 你的环境 → 环境 URL (Environment URL)）复制组织 URL，例如 https://contoso.crm.dynamics.com。首次保存后，Marketo 无法再更改此 URL
# $given is the tenant --tenant resolves to.
checks-tenant-given-mismatch = --tenant 解析为 { $given }，但 { $host } 属于租户 { $tenant }
    .remedy = 省略 --tenant（dynsync 会自动发现组织的租户），或者传入组织所在的租户
# $user_tenant is the tenant the sync user signed in to.
checks-tenant-user-elsewhere = { $who } 登录到租户 { $user_tenant }，但 { $host } 属于租户 { $tenant }
    .remedy = 同步用户必须是组织所在租户的成员：请使用该目录中的帐户（而不是来自其他目录的来宾），或检查组织 URL
checks-tenant-from-given = 租户 { $tenant }（由 --tenant 解析，并已由组织确认）
checks-tenant-discovered = 租户 { $tenant }（来自组织的登录质询）

## The user's realm. $domain is the sync user's domain.

checks-realm-managed = { $domain } 是托管域：由 Azure AD 自己验证密码
# The federation service's host, after "is federated" ($via below), when it is known.
checks-realm-via = （{ $host }）
checks-realm-federated-accepted = { $domain } 是联合域{ $via }，且 Azure AD 已接受该密码：HRD 策略和密码哈希同步均已就绪
    .remedy = 请保持此域的密码哈希同步处于开启状态：一旦关闭，同步将无法登录
checks-realm-federated = { $domain } 是联合域{ $via }：密码授予需要 HRD 策略和密码哈希同步
# The remedy of checks-realm-federated when the token check shows the commands.
checks-realm-see-token = 命令请参阅令牌检查
checks-realm-unknown = { $domain } 不是任何 Azure AD 租户的域
    .remedy = 请检查同步用户名：它必须是该用户在 Dynamics 租户中的用户主体名称（Entra 管理中心 → 用户 (Users)）

## The client secret's expiry (src/checks/expiry.rs). $date is the expiry date; $days a number.

checks-expiry-unknown = 客户端密码的到期日期未知
    .remedy = 请记录到期日期（门户的“证书和密码 (Certificates & secrets)”页面会显示）：dynsync profile set { $profile } --secret-expires YYYY-MM-DD，或传入 --secret-expires
checks-expiry-expired = 客户端密码已于 { $date } 到期（{ $days } 天前）：同步无法登录
checks-expiry-in = 客户端密码将于 { $date } 到期，还有 { $days } 天
# $profile is the profile checked, or NAME.
checks-expiry-azure-says-expired = Azure AD 报告客户端密码已过期 (AADSTS7000222)：同步无法登录
checks-expiry-azure-says-expired-date-wrong = Azure AD 报告客户端密码已过期 (AADSTS7000222)，但记录的到期日期是 { $date }：该日期有误（门户的“证书和密码 (Certificates & secrets)”页面显示真实日期）
checks-expiry-rotate = 在旧客户端密码旁新建一个客户端密码并填入 Marketo：dynsync rotate --profile { $profile }

## The organization (src/checks/organization.rs). A name Dataverse did not send is "?".

checks-org-ok = 组织“{ $friendly }”（唯一名称 { $unique }，版本 { $version }）：请确认这就是 Marketo 要同步的组织
checks-org-unreadable = 无法读取组织的详细信息（{ $why }）
    .remedy = 在 Marketo 中保存 URL 之前，请先在 Power Platform 管理中心确认组织：该 URL 以后无法更改

## Dataverse with the sync user's token (src/checks/dataverse.rs). $host is the org's host;
## $who the sync user.

# Why Dataverse refused a query ($why in the summaries below): the HTTP status, Dataverse's error
# code ($code, e.g. 0x80040220) and what the code says; $privilege is the privilege Dataverse
# names (e.g. prvReadSolution); $message is Dataverse's own message.
checks-why-status = HTTP { $status }
checks-why-status-message = HTTP { $status }：{ $message }
checks-why-not-member = HTTP { $status }，{ $code }：不是该组织的成员
checks-why-privilege = HTTP { $status }，{ $code }：缺少 { $privilege }
checks-why-privilege-unnamed = HTTP { $status }，{ $code }：缺少某项权限
checks-why-code = HTTP { $status }，{ $code }
checks-why-code-message = HTTP { $status }，{ $code }：{ $message }

checks-skip-whoami-refused = 未运行：Dataverse 拒绝了同步用户（请参阅 { $check }）
checks-whoami-ok = { $host } 接受该令牌（WhoAmI：用户 { $user }）
# $code is Dataverse's error code, 0x80072560.
checks-whoami-not-member = { $who } 不是环境 { $host } 的成员（HTTP { $status }，{ $code }）
    .remedy =
        将同步用户添加到该环境：为其分配 Dynamics 365 许可证（Microsoft 365 管理中心 → 用户 (Users) → 同步用户 → 许可证 (Licenses)），然后在 Power Platform 管理中心 → 环境 (Environments) → { $host } 所在的环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 用户 (Users) → 添加用户 (Add user)。
        如果该环境仅限某个安全组访问（设置 (Settings) → 用户 + 权限 (Users + permissions) → 安全组 (Security group)），请将同步用户加入该组。待该用户出现在“用户”列表中后再次检查。
checks-whoami-missing-privilege = { $host } 拒绝了 { $who }（{ $why }）
    .remedy = Marketo Sync User 角色授予 { $privilege }：在 Dynamics 中，设置 (Settings) → 安全性 (Security) → 用户 (Users) → 同步用户 → 管理角色 (Manage Roles) → 勾选“Marketo Sync User” → 确定 (OK)
# $privilege in checks-whoami-missing-privilege.remedy when Dataverse did not name it.
checks-whoami-privilege-unnamed = 所缺少的权限
checks-whoami-401 = { $host } 拒绝了该令牌（{ $why }）：{ $who } 可能不是此环境的用户
    .remedy = 将同步用户添加到该环境：在 Microsoft 365 管理中心为其分配 Dynamics 365 许可证，确保它在环境的安全组中（如果设置了安全组），然后等待它出现在 设置 (Settings) → 安全性 (Security) → 用户 (Users) 下
checks-whoami-403 = { $host } 拒绝访问（{ $why }）：同步用户缺少权限
    .remedy = 在 设置 (Settings) → 安全性 (Security) → 用户 (Users) → 管理角色 (Manage Roles) 中为同步用户分配安全角色（Marketo Sync User）
checks-whoami-404 = { $host } 没有 Dataverse Web API（HTTP 404）
    .remedy = 请检查组织 URL：它必须是环境 URL，例如 https://contoso.crm.dynamics.com

## The sync user's record. $name is its full name in Dynamics.

checks-skip-user-unknown = 未运行：无法识别同步用户
checks-user-unreadable = 无法读取同步用户的记录（{ $why }）
    .remedy = 请在 Dynamics 中检查：设置 (Settings) → 安全性 (Security) → 用户 (Users) → 同步用户已启用并已分配许可证
checks-user-missing = { $host } 中没有 { $who } 的用户记录
    .remedy = 为同步用户分配 Dynamics 365 许可证并将其添加到此环境；同步完成后，它会出现在 设置 (Settings) → 安全性 (Security) → 用户 (Users) 下
checks-user-disabled = Dynamics 用户 { $name } 已被禁用
    .remedy = 启用该用户：它需要 Dynamics 365 许可证（Microsoft 365 管理中心），且不得被阻止登录；然后检查 设置 (Settings) → 安全性 (Security) → 已启用的用户 (Enabled Users)
checks-user-ok = { $name } 已启用并已分配许可证
# $notes are the checks-user-note-… texts that apply, joined by ", ".
checks-user-doubtful = { $name } 已启用，但{ $notes }
checks-user-note-non-interactive = 其访问模式为“非交互 (Non-interactive)”
    .remedy = Marketo 的 ROPC 连接需要一个已分配许可证的交互式（读写）用户：在用户表单上将“访问模式 (Access Mode)”设为“读写 (Read-Write)”
checks-user-note-unlicensed = 它没有 Dynamics 365 许可证
    .remedy = 在 Microsoft 365 管理中心为同步用户分配 Dynamics 365 许可证
# $language is a Windows language id (LCID); 1033 is English.
checks-user-note-language = 其界面语言为 { $language }，而不是英语 (1033)
    .remedy = Marketo 要求同步用户使用英语：以同步用户身份登录 → 设置（齿轮图标）→ 个性化设置 (Personalization Settings) → 语言 (Languages) → 用户界面语言 (User Interface Language)：English

## The sync user's roles. $role is the Marketo solution's role, "Marketo Sync User".

checks-skip-roles-no-user = 未运行：无法读取同步用户的记录
    .remedy = 请在 Dynamics 中检查：设置 (Settings) → 安全性 (Security) → 用户 (Users) → 同步用户 → 管理角色 (Manage Roles) → Marketo Sync User
checks-roles-direct = 同步用户拥有 { $role } 角色
checks-roles-team = 同步用户通过团队 { $team } 拥有 { $role } 角色
# A team whose name Dataverse did not send, as $team above.
checks-roles-unnamed-team = 某个团队
# $has is checks-roles-has-none or checks-roles-has-only; $teams is checks-roles-teams-… or nothing.
checks-roles-missing = 同步用户没有 { $role } 角色：它{ $has }{ $teams }
    .remedy =
        在 Dynamics 中：设置 (Settings) → 安全性 (Security) → 用户 (Users) → 选择同步用户 → 管理角色 (Manage Roles) → 勾选“Marketo Sync User” → 确定 (OK)。
        如果列表中没有该角色，说明尚未导入 Marketo 解决方案（请参阅 { $check }）。
checks-roles-has-none = 没有任何安全角色
# $roles are the user's role names, joined by ", ".
checks-roles-has-only = 只有 { $roles }
checks-roles-teams-status = （无法读取团队角色：{ $why }）
checks-roles-teams-error = （无法读取团队角色：{ $error }）

## The Marketo solution. $solution is its name, "Marketo Lead Management"; $version its version.

checks-solution-forbidden = 同步用户无法读取解决方案（{ $why }）
    .remedy = 请手动检查：Dynamics → 设置 (Settings) → 解决方案 (Solutions) 中列有“{ $solution }”
checks-solution-unreadable = 无法读取解决方案（HTTP { $status }）{ $note }
checks-solution-missing = 未安装“{ $solution }”解决方案
    .remedy = 导入该解决方案：Marketo → 管理 (Admin) → CRM → Microsoft → 下载 Marketo 解决方案 (Download Marketo Solution)；然后在 Dynamics 中：设置 (Settings) → 解决方案 (Solutions) → 导入 (Import) → 选择 zip 文件 → 下一步 (Next) → 导入 (Import)（出现“已完成，但有警告”属正常）→ 发布所有自定义项 (Publish All Customizations)
checks-solution-ok = 已安装 { $solution } { $version }
checks-solution-old = 已安装 { $solution } { $version }；4.0.0.14 之前的版本需要为每个用户分配同步角色
    .remedy = 更新该解决方案：从 Marketo 下载最新版本（管理 (Admin) → Microsoft Dynamics → 下载 Marketo 解决方案 (Download Marketo Solution)），导入并覆盖旧版本，选择“更新 (Update)”和“保留自定义项 (Maintain customizations)”

## The solution's plug-in steps, and its Marketo Config.

checks-skip-not-installed = 未运行：未安装该解决方案
# The remedy when the steps could not be read.
checks-steps-by-hand = 请手动检查：在 Dynamics 中，设置 (Settings) → 解决方案 (Solutions) → Marketo Lead Management → SDK 消息处理步骤 (SDK Message Processing Steps)：每个步骤的状态都必须为“已启用 (Enabled)”
checks-steps-forbidden = 同步用户无权读取插件步骤（{ $why }）
checks-steps-unreadable = 无法读取插件步骤（HTTP { $status }）{ $note }
checks-steps-none-visible = 同步用户看不到该解决方案的任何插件步骤
checks-steps-ok =
    { $total ->
        [1] 该解决方案唯一的插件步骤已启用
       *[other] 该解决方案的全部 { $total } 个插件步骤均已启用
    }
# $names are the disabled steps' names, joined by "; ".
checks-steps-disabled = { $total } 个插件步骤中有 { $disabled } 个已禁用：{ $names }
    .remedy = 在 Dynamics 中：设置 (Settings) → 解决方案 (Solutions) → Marketo Lead Management → SDK 消息处理步骤 (SDK Message Processing Steps) → 选择每个已禁用的步骤 → 激活 (Activate)
# A step whose name Dataverse did not send.
checks-steps-unnamed = （未命名的步骤）

# The remedy when the Marketo Config row could not be read.
checks-config-by-hand = 请手动检查：在 Dynamics 中，设置 (Settings) → Marketo Config → Default：Marketo User 字段指定的是同步用户
# The remedy when Marketo Config names no user or the wrong one.
checks-config-set-user = 在 Dynamics 中：设置 (Settings) → Marketo Config → Default → Marketo User：选择同步用户 → 保存 (Save)；然后 设置 (Settings) → 解决方案 (Solutions) → 发布所有自定义项 (Publish All Customizations)
checks-config-tables-forbidden = 同步用户无权读取表定义（{ $why }）
checks-config-table-missing = 在该解决方案的表中未找到 Marketo Config 表
checks-config-forbidden = 同步用户无法读取 Marketo Config（{ $why }）
    .remedy = 同步用户需要 Marketo Config 的读取权限：为其分配 Marketo Sync User 角色（设置 (Settings) → 安全性 (Security) → 用户 (Users) → 管理角色 (Manage Roles)）
checks-config-unreadable = 无法读取 Marketo Config（HTTP { $status }）{ $note }
checks-config-no-default = Marketo Config 没有 Default 记录
checks-config-unset = Marketo Config“Default”未指定 Marketo User
# $user is the user Marketo Config names (its name, or its id).
checks-config-ok = Marketo Config“Default”指定的是同步用户（{ $user }）
checks-config-other = Marketo Config“Default”指定的是 { $user }，而不是 { $who }
    .remedy =
        { checks-config-set-user }
        （或者，如果 { $user } 才是预定的同步用户，请改为输入该用户的凭据。）
checks-config-user-id-unknown = Marketo Config“Default”指定的是 { $user }；同步用户的 ID 未知

# Under any check that could not be made because a service did not answer as a service should.
checks-unreachable-remedy = 请检查网络路径（代理：HTTPS_PROXY/NO_PROXY；企业 TLS 检查：--ca-bundle FILE），然后重试

## The tenant, continued (issue 10). $tenant is the org's tenant ID; $host the org's host.

# Under the tenant check when the org's server failed or was throttled (HTTP 5xx or 429).
checks-tenant-probe-failed-remedy = { $host } 暂时无法响应（服务器出错或繁忙）：请稍后重试；如果问题持续存在，请在 Power Platform 管理中心检查该环境的状态
# $domain is the sync user's domain; $user_tenant the tenant its OpenID configuration names.
checks-tenant-user-domain-elsewhere = { $who } 是租户 { $user_tenant }（{ $domain } 所属的租户）的用户，但 { $host } 属于租户 { $tenant }
    .remedy = 同步用户必须是组织所在租户 { $tenant } 的用户：请使用用户名以该租户某个域结尾的帐户（而不是其他目录的用户），或检查组织 URL
# Under a refused token when the tenant check found the user in another tenant.
checks-token-see-tenant = 同步用户与组织不属于同一租户：请参阅租户检查

# The Marketo Config check's summary, with how its table was found. $summary is the verdict,
# $table the table's logical name, $way join | metadata | cache.
checks-config-found-by = { $summary }（表 { $table }，{ $way ->
        [join] 通过解决方案组件联接找到
        [cache] 由配置文件记住
       *[metadata] 通过元数据 API 找到
    }）
# The search for the Marketo Config table was answered with neither rows nor a refusal.
checks-config-tables-unreadable = 无法列出该解决方案的表（HTTP { $status }）{ $note }

## The sync user's UI language by its Windows language id (LCID), for checks-user-note-language:
## the languages Dynamics 365 offers; another id is shown as the number alone.

checks-user-language =
    { $lcid ->
        [1025] 阿拉伯语 ({ $lcid })
        [1026] 保加利亚语 ({ $lcid })
        [1027] 加泰罗尼亚语 ({ $lcid })
        [1028] 中文(繁体) ({ $lcid })
        [1029] 捷克语 ({ $lcid })
        [1030] 丹麦语 ({ $lcid })
        [1031] 德语 ({ $lcid })
        [1032] 希腊语 ({ $lcid })
        [1033] 英语 ({ $lcid })
        [1035] 芬兰语 ({ $lcid })
        [1036] 法语 ({ $lcid })
        [1037] 希伯来语 ({ $lcid })
        [1038] 匈牙利语 ({ $lcid })
        [1040] 意大利语 ({ $lcid })
        [1041] 日语 ({ $lcid })
        [1042] 韩语 ({ $lcid })
        [1043] 荷兰语 ({ $lcid })
        [1044] 挪威语(博克马尔) ({ $lcid })
        [1045] 波兰语 ({ $lcid })
        [1046] 葡萄牙语(巴西) ({ $lcid })
        [1048] 罗马尼亚语 ({ $lcid })
        [1049] 俄语 ({ $lcid })
        [1050] 克罗地亚语 ({ $lcid })
        [1051] 斯洛伐克语 ({ $lcid })
        [1053] 瑞典语 ({ $lcid })
        [1054] 泰语 ({ $lcid })
        [1055] 土耳其语 ({ $lcid })
        [1057] 印度尼西亚语 ({ $lcid })
        [1058] 乌克兰语 ({ $lcid })
        [1060] 斯洛文尼亚语 ({ $lcid })
        [1061] 爱沙尼亚语 ({ $lcid })
        [1062] 拉脱维亚语 ({ $lcid })
        [1063] 立陶宛语 ({ $lcid })
        [1066] 越南语 ({ $lcid })
        [1069] 巴斯克语 ({ $lcid })
        [1081] 印地语 ({ $lcid })
        [1086] 马来语 ({ $lcid })
        [1087] 哈萨克语 ({ $lcid })
        [1110] 加利西亚语 ({ $lcid })
        [2052] 中文(简体) ({ $lcid })
        [2070] 葡萄牙语(葡萄牙) ({ $lcid })
        [2074] 塞尔维亚语(拉丁文) ({ $lcid })
        [3076] 中文(香港特别行政区) ({ $lcid })
        [3082] 西班牙语 ({ $lcid })
        [3098] 塞尔维亚语(西里尔文) ({ $lcid })
       *[other] { $lcid }
    }

## Server-to-Server (S2S): the app's client credentials as a Dataverse application user
## (issue 14). $client_id is the app's client ID; $host the org's host; $name the application
## user's name.

checks-s2s-realm-not-used = S2S 不使用（应用使用其客户端凭据登录，没有用户领域）
# S2S without --tenant, when the org's sign-in challenge named no tenant (see the tenant check).
checks-s2s-token-no-tenant = 未请求：S2S 需要租户，而组织的登录质询未指明租户（请参阅租户检查；或提供 --tenant）
# Under a refused password grant for MFA or Conditional Access. $command is the command to run.
checks-s2s-offer = 或者将连接切换为 Marketo 的服务器到服务器 (S2S，“Web API”) 连接，它以应用程序用户身份登录，无需密码（不受多重身份验证 (MFA) 影响）：创建应用程序用户（或让 `dynsync fix` 完成），然后用以下命令检查：{ $command }
# Under AADSTS7000215 for an S2S connection.
checks-s2s-secret-other-app = 对于 S2S，客户端密码必须属于应用 { $client_id } 本身（应用注册 (App registrations) → 该应用 → 证书和密码 (Certificates & secrets)）：其他应用注册的客户端密码同样会被拒绝。
checks-s2s-no-app-user = { $host } 中没有应用 { $client_id } 的应用程序用户（HTTP { $status }，{ $code }）
    .remedy =
        创建应用程序用户：Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 新建应用用户 (New app user) → 添加应用 (Add an app) → 应用 { $client_id } → 业务部门 → 安全角色“Marketo Sync User” → 创建 (Create)。
        或者让 dynsync 使用 Dynamics 管理员的登录来完成：dynsync fix --profile NAME
checks-s2s-user-missing = { $host } 中没有应用 { $client_id } 的应用程序用户
checks-s2s-user-disabled = 应用程序用户 { $name } 已被禁用
    .remedy = Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 该应用的用户 → 激活 (Activate)（或：dynsync fix --profile NAME）
checks-s2s-user-ok = 应用程序用户 { $name } 已启用；其电子邮件 { $email } 即 Marketo 的用户名
# No --username given: nothing to compare the email with.
checks-s2s-user-ok-email-unchecked = 应用程序用户 { $name } 已启用；请在 Marketo 中将其电子邮件 { $email } 作为用户名 (Username) 输入
checks-s2s-user-ok-no-email = 应用程序用户 { $name } 已启用，但没有电子邮件地址
    .remedy = Marketo 的 S2S 表单将应用程序用户的电子邮件作为用户名 (Username)：请为应用程序用户设置电子邮件（Power Platform 管理中心 → 应用程序用户 (Application users) → 该应用的用户 → 编辑 (Edit)）
# $email is the application user's email (or checks-s2s-email-none), $given the --username.
checks-s2s-email-mismatch = 应用程序用户 { $name } 的电子邮件是 { $email }，而不是 { $given }
    .remedy = S2S 的 Marketo 用户名是应用程序用户的电子邮件：请将 { $email } 用作 --username 以及 Marketo 中的用户名 (Username)（或更改应用程序用户的电子邮件）
checks-s2s-email-none = 无电子邮件地址
checks-s2s-no-roles = 应用程序用户没有任何安全角色（它需要 { $role }）
checks-s2s-role-missing = 应用程序用户缺少 { $role } 角色：它拥有 { $roles }
    .remedy = Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 该应用的用户 → 编辑安全角色 (Edit security roles) → “Marketo Sync User” → 保存 (Save)（或：dynsync fix --profile NAME）
checks-s2s-roles-ok = 应用程序用户拥有 { $role } 角色
