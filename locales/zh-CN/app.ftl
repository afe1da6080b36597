# `dynsync app create` and `dynsync app show` (src/commands/app/).

app-demo-banner = [demo] 模拟的租户和模拟的 Azure 管理员：不会创建或更改任何真实内容。
app-show-demo-creating = [demo] 先注册演示应用（与 `dynsync app create --demo` 相同），然后显示它。
app-org-url-missing = 缺少组织 URL：请传入 --org-url URL（或设置 DYNSYNC_ORG_URL），例如 https://contoso.crm.dynamics.com。
app-needs-profile = 请传入 --profile NAME：新客户端密码的值 (Value) 将存入系统密钥环中该配置文件名下（配置文件不存在时会创建）。或者传入 --print-secret，将该值写到 stdout 以供管道使用。未创建任何内容。
app-password-stdin-tty = --password-stdin 从管道而不是终端读取同步用户的密码：echo … | dynsync app create --password-stdin …，或设置 DYNSYNC_PASSWORD。
app-secret-expires-past = --secret-expires { $date } 不是将来的日期：请传入更晚的日期，或使用 --secret-months N。
app-no-tenant = { $org } 在其登录质询中未指明 Azure AD 租户：请传入 --tenant ID|DOMAIN。

app-status-created = 已创建
app-status-there = 已存在
app-status-refused = 被拒绝
app-status-created-keyring = 已创建，其值已存储在系统密钥环中（从不显示）
app-status-created-printed = 已创建，其值已写到 stdout

app-step-dynamics = Dynamics CRM 服务主体，作用域 user_impersonation ({ $scope_id })
app-step-app = 应用程序 { $name }（客户端 ID { $client_id }）
app-step-sp = 服务主体 { $id }
app-step-consent = 管理员同意：对 Dynamics CRM 的租户范围委托的权限 user_impersonation
app-step-secret = 客户端密码 { $key_id }（{ $expires } 到期）
app-step-secret-new = 新客户端密码
app-step-hrd = 主领域发现 (HRD) 策略 { $id } (AllowCloudPasswordValidation)
app-secret-kept-print = 客户端密码：配置文件中的客户端密码仍在应用上，因此未添加新的，也未输出任何内容；如需另一个，请传入 --new-secret。
app-hrd-policy-name = dynsync: cloud password validation for { $name }
app-hrd-conflict = 服务主体已有主领域发现 (HRD) 策略 { $id }，该策略不允许云密码验证。它保持原样（只能分配一个）：请在 Microsoft Entra 管理中心或通过 Graph 将其定义改为 {"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}"}{"}"}，否则 Azure AD 会继续拒绝同步用户的密码 (AADSTS50126)。
app-phs-on = 密码哈希同步已开启（HRD 策略生效所必需）。
app-phs-off = 密码哈希同步已关闭：没有它，Azure AD 无法检查联合用户的密码。请在 Microsoft Entra Connect 中开启它，否则同步用户的登录会持续失败。
app-phs-unknown = 提醒：HRD 策略仅在开启密码哈希同步 (Microsoft Entra Connect) 时有效；Graph 未说明是否已开启。

app-wait-app-replication = Azure AD 尚未复制新应用
app-wait-signin-replication = 新凭据尚不可用（AADSTS{ $code }，Azure AD 仍在复制）
app-waiting = { $what }：{ $secs } 秒后重试…
app-replication-gave-up = Azure AD 未在 { $secs } 秒内使新应用可见（{ $detail }）。请稍后再次运行同一命令：它会从中断处继续。

app-validate-heading = 使用新凭据进行验证
app-validate-how-profile = 若要像 Marketo 那样检查新凭据：dynsync validate --profile { $profile }（同步用户的密码来自 DYNSYNC_PASSWORD、--secrets-stdin 或密钥环）。
app-validate-how = 若要像 Marketo 那样检查新凭据：使用 --client-id、--username 和 --org-url 运行 dynsync validate（在此处传入 --username 和密码即可立即完成验证）。

app-op-read = 读取目录（Dynamics CRM 的服务主体、应用）
app-op-app = 创建或更改应用注册
app-op-sp = 创建应用的服务主体
app-op-consent = 授予租户范围的管理员同意（Dynamics CRM user_impersonation）
app-op-secret = 向应用添加客户端密码
app-op-hrd = 创建或分配主领域发现 (HRD) 策略
app-role-app-admins = 应用程序管理员 (Application Administrator) 或云应用程序管理员 (Cloud Application Administrator)
app-role-application-admin = 应用程序管理员 (Application Administrator)
app-refused = Microsoft Graph 拒绝为已登录的管理员执行“{ $operation }”（{ $detail }）。允许此操作的目录角色：{ $role }。请以拥有该角色的管理员身份登录（或在 Entra ID → 角色和管理员 (Roles and administrators) 中分配该角色），然后再次运行同一命令：已存在的内容会保留。
app-graph-refused = Microsoft Graph 拒绝执行“{ $operation }”（HTTP { $status }，{ $detail }）。
app-graph-missing = Microsoft Graph 无法执行“{ $operation }”：{ $detail }
app-secret-lifetime-cap = 租户的应用管理策略拒绝了该客户端密码的有效期：它最多允许 { $cap }（ISO 8601 持续时间）。请传入更短的 --secret-months 或更早的 --secret-expires。Graph 的回复：{ $detail }
app-secret-lifetime-policy = 租户的某个应用管理策略拒绝了该客户端密码的有效期：{ $detail } 请传入更短的 --secret-months 或更早的 --secret-expires，或询问该策略的管理者。

app-show-no-app = 配置文件 { $profile } 没有应用注册（没有客户端 ID）：请先运行 dynsync app create --profile { $profile }。
app-show-not-found = 配置文件 { $profile } 的应用不在此租户中（已删除，或属于另一个租户）：请运行 dynsync app create --profile { $profile } 重新注册。
app-show-permission = API 权限：Dynamics CRM user_impersonation（委托的）
app-show-no-permission = 缺少 API 权限：Dynamics CRM user_impersonation（dynsync app create 会添加它，并保留其他权限）
app-show-public-client = “允许公共客户端流 (Allow public client flows)”已开启：Marketo 的登录会被拒绝 (AADSTS700025)；dynsync app create 会将其关闭。
app-show-no-sp = 没有服务主体（企业应用程序）：任何人都无法登录该应用；dynsync app create 会添加它。
app-show-consent = 管理员同意：已为 user_impersonation 授予租户范围的同意
app-show-no-consent = 管理员同意：未为 user_impersonation 授予（登录时出现 AADSTS65001）；dynsync app create 会授予它。
app-show-hrd = 主领域发现 (HRD) 策略 { $id }（允许云密码验证：{ $allows }）
app-show-no-secrets = 该应用上没有客户端密码。
app-show-secret = 客户端密码 { $key_id } ({ $hint }…)“{ $description }”：{ $start } → { $end }
app-show-secret-expired = ，已过期
app-show-secret-expiring = ，{ $days } 天后到期
app-show-secret-profile = ；配置文件所用的
app-show-profile-secret-gone = 配置文件的客户端密码已不在该应用上（是否已在门户中删除？）：dynsync app create --profile NAME --new-secret 可添加一个。
app-show-expiry-corrected = 配置文件记录的到期日期为 { $from }；Azure AD 显示为 { $to }：配置文件现已改为 { $to }。

## rotate --create-secret (src/commands/app/rotate_secret.rs)

app-rotate-needs-profile = rotate --create-secret 需要 --profile NAME：即其应用获得新客户端密码的配置文件。
app-rotate-needs-print = 没有终端时，rotate --create-secret 是脚本形式：请添加 --print-secret（新值将单独写到 stdout，供你的脚本输入到 Marketo 中），然后运行 rotate --profile NAME --resume --marketo-done [--remove-old]。在终端上，省略 --print-secret 即为引导形式。
app-rotate-profile-incomplete = 配置文件 { $profile } 没有客户端 ID 或同步用户名：请先运行 dynsync app create --profile { $profile }（或 dynsync setup）。
app-rotate-underway = 配置文件 { $profile } 的轮换已在进行中（保留了一个待定的客户端密码）：请用 dynsync rotate --profile { $profile } --resume 完成它，或先取消它再创建另一个。
app-rotate-no-password = 新客户端密码在保留之前会先经过验证，这需要同步用户的密码：请设置 DYNSYNC_PASSWORD，或用 dynsync profile store-secret --profile { $profile } password 存储它。
app-rotate-created = 已创建新客户端密码 { $key_id }；正在像 Marketo 登录那样验证它…
app-rotate-failed-removed = 新客户端密码 { $key_id } 未通过检查，因此已再次从应用中删除；未做任何更改（当前客户端密码继续使用）。
app-rotate-pending = 新客户端密码 { $key_id } 已通过验证，并作为待定项保存在密钥环中。在 Marketo 中输入后，请运行：dynsync rotate --profile { $profile } --resume --marketo-done --remove-old
app-rotate-old-kept = 旧客户端密码 { $key_id } 仍在应用上：确认没有任何地方使用后请将其删除（dynsync app show --profile { $profile } 会列出所有客户端密码）。
app-rotate-old-unknown = 配置文件中未记录旧客户端密码的密钥 ID，因此 dynsync 不会删除任何内容：请在门户中删除旧客户端密码（切勿删除配置文件未指明的客户端密码）。
app-rotate-old-gone = 旧客户端密码 { $key_id } 已不在应用上：无需删除。
app-rotate-old-removed = 已从应用中删除旧客户端密码 { $key_id }。
app-rotate-remove-old-without-create = --remove-old 用于删除以 --create-secret 开始的轮换中的旧客户端密码，而此配置文件没有待定的轮换。请在门户中删除旧客户端密码，或以 rotate --create-secret --print-secret 开始。
app-rotate-demo-creating = [demo] 先注册演示应用（与 `dynsync app create --demo` 相同），然后分两个脚本阶段轮换其客户端密码。
app-rotate-demo-marketo = [demo] 此时脚本会在 Marketo 中输入新值（管理 (Admin) → Microsoft Dynamics → 编辑凭据 (Edit Credentials)）；演示按已输入的情况继续：rotate --resume --marketo-done --remove-old。
app-rotate-confirm-remove-old = Marketo 现在使用新客户端密码。立即从应用中删除旧客户端密码 { $key_id } 吗？（仍在使用它的其他任何内容都将停止工作。）

## rotate --create-secret: the old secret kept because the admin declined its removal (src/commands/app/rotate_secret.rs)

# $key_id the old secret's key id (Secret ID); $portal the app's Certificates & secrets page.
app-rotate-old-kept-declined = 你选择了保留旧客户端密码 { $key_id }：它仍在应用上，并且仍然有效。确认不再有任何地方使用它后，请在门户中将其删除（证书和密码 (Certificates & secrets) → ID 为 { $key_id } 的客户端密码 → 删除 (Delete)）：{ $portal }
