# The AADSTS catalogue (src/azure/catalogue.rs): what each Azure AD error code means for the
# Marketo sync user, and what an admin does. One message per code, "aadsts-CODE", with two
# attributes: .cause (prose; its first sentence is the headline) and .remedy (the steps).
# Blocks shared by several entries are terms (-name), referenced as { -name }.
# Braces in text are written {"{"} and {"}"}; {"   "} at the start of a line keeps its leading
# spaces; a last line {""} keeps a final line break.

## Shared blocks

# Where failed sign-ins are read.
-sign-in-logs = Microsoft Entra 管理中心 → 监视和运行状况 (Monitoring & health) → 登录日志 (Sign-in logs)
# Re-entering credentials in Marketo (Adobe's documented path).
-marketo-edit = 在 Marketo 中：管理 (Admin) → Microsoft Dynamics → 禁用同步 (Disable Sync) → 编辑 (Edit)（步骤 1：输入凭据 (Step 1: Enter Credentials)）→ 输入新值 → 保存 (Save) → 验证同步设置 (Validate Sync Setup) → 启用同步 (Enable Sync)。
# The common/consumers endpoint.
-tenant-endpoint-steps = 指定租户：用 --tenant 传入目录(租户) ID 或已验证的域（不能是 common 或 consumers；organizations 也可以），或者省略 --tenant，让 dynsync 从组织 URL 自动发现租户。然后再次运行 `dynsync validate`。
# Re-entering the client ID.
-client-id-steps =
    1. Microsoft Entra 管理中心 → 应用注册 (App registrations) → Marketo 应用 → 概述 (Overview)：复制“应用程序(客户端) ID (Application (client) ID)”（不是对象 ID (Object ID)，也不是目录(租户) ID (Directory (tenant) ID)）。
    2. 确保该应用注册在同步用户和 Dynamics 环境所在的租户中；来自其他租户的应用还需要在此租户中有一个企业应用程序。
    3. 在 Marketo 中将其输入为 Client ID，然后再次运行 `dynsync validate`。
# Enabling a disabled enterprise application.
-app-enable-steps =
    1. Microsoft Entra 管理中心 → 企业应用程序 (Enterprise applications) → Marketo 应用 → 属性 (Properties) → 允许用户登录？ (Enabled for users to sign in?) → 是 (Yes) → 保存 (Save)。
    2. 再次运行 `dynsync validate`。
# Adding the Dynamics permission and granting admin consent.
-consent-steps =
    1. Microsoft Entra 管理中心 → 应用注册 (App registrations) → Marketo 应用 → API 权限 (API permissions)：必须列有 Dynamics CRM → user_impersonation（“Access Common Data Service as organization users”）；如果没有，请 添加权限 (Add a permission) → Dynamics CRM → 委托的权限 (Delegated permissions) → user_impersonation → 添加权限 (Add permissions)。
    2. 单击“为租户授予管理员同意 (Grant admin consent)” → 是 (Yes)（需要云应用程序管理员、应用程序管理员或特权角色管理员角色）。或者请管理员打开 https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<client id>。
    3. 等待一分钟，然后再次运行 `dynsync validate`。缺少管理员同意还会使 Marketo 的“同步用户已分配 Marketo Sync User 角色 (Sync user is assigned to the Marketo Sync User role)”检查变为红色。
# Pass-through authentication agent problems.
-pta-steps =
    1. Microsoft Entra 管理中心 → 混合管理 (Hybrid management) → Microsoft Entra Connect → 直通身份验证 (Pass-through authentication)：检查身份验证代理是否处于活动状态。
    2. 在代理服务器上，检查它们与同步用户所在林的域控制器之间的连接，以及代理的事件日志。
    3. 代理恢复正常后，再次运行 `dynsync validate`。
# Codes that ask the sync user to register for MFA.
-mfa-registration = 另外，请将同步用户从 MFA 注册策略中排除（保护 (Protection) → ID 保护 (Identity Protection) → 多重身份验证注册策略 (Multifactor authentication registration policy)），并检查是否启用了安全默认值。
# The common advice for every MFA / Conditional Access / device code.
-mfa-steps =
    1. 找到该策略：{ -sign-in-logs }，按同步用户筛选，打开失败的登录，查看其“条件访问 (Conditional Access)”选项卡（其中列出了所应用的策略）。
    2. 将同步用户（或此应用注册）从该策略中排除：保护 (Protection) → 条件访问 (Conditional Access) → 该策略 → 用户 (Users)（或 目标资源 (Target resources)）→ 排除 (Exclude)。
    3. 如果该帐户启用了每用户 MFA，请将其禁用：用户 (Users) → 所有用户 (All users) → 每用户 MFA (Per-user MFA) → 选择同步用户 → 禁用 (Disable)。
    4. Marketo 无法执行 MFA 或任何交互步骤（Adobe 的设置指南说明同步用户必须关闭 MFA）。如果策略不允许排除，请使用 Marketo 的服务器到服务器 (S2S) 连接，它以应用程序用户身份登录，无需密码。
    5. 再次运行 `dynsync validate`。
# 50126 when the user's domain is managed.
-managed-50126 =
    1. 准确地重新输入同步用户的密码；首尾带空格的密码无法用于此登录方式。{ -marketo-edit }
    2. 检查 Username 是否为用户主体名称（Microsoft Entra 管理中心 → 用户 (Users) → 同步用户 → 用户主体名称 (User principal name)）。
    3. 如果不确定密码，请重置密码（用户 (Users) → 同步用户 → 重置密码 (Reset password)），并以同步用户身份登录一次以设置永久密码：Marketo 无法更改临时密码。
    4. 每次失败都会计入智能锁定 (AADSTS50053)：重试前请先确认密码，然后只运行一次 `dynsync validate`。
# 50126 when the user's domain is federated: password hash sync and an HRD policy.
# The PowerShell lines keep a 3-space indent; the line with the client id is in
# -federated-50126 and aadsts-hrd-remedy, the rest in the -hrd-commands-* terms.
-hrd-commands-head =
    Marketo 将密码直接发送给 Azure AD，而 Azure AD 默认不会验证联合域（AD FS、Okta、Ping…）中用户的密码，即使密码正确也会返回 50126。需要满足两个条件：
    1. 在 Microsoft Entra Connect 中启用密码哈希同步，使 Azure AD 拥有该用户的密码哈希；启用后，请等待哈希同步完成。
    2. 在 Marketo 应用的服务主体（企业应用程序）上设置带有 AllowCloudPasswordValidation 的主领域发现 (HRD) 策略。使用 Microsoft Graph PowerShell：
       Connect-MgGraph -Scopes "Policy.ReadWrite.ApplicationConfiguration","Application.ReadWrite.All"
       $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{"{"} definition = @('{"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}}"}'); displayName = "EnableDirectAuthPolicy" {"}"}
-hrd-commands-tail =
    {"   "}New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{"{"} "@odata.id" = "https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)" {"}"}
       Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id
       一个服务主体只能有一个 HRD 策略：如果它已有一个，请改为编辑该策略的定义。该策略让 Azure AD 自己验证已同步的密码哈希；它不会将登录转发给联合服务器。如果以后关闭了密码哈希同步，请删除该策略。
    3. 再次运行 `dynsync validate`。
-federated-50126 =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '<client id>'"
    { -hrd-commands-tail }

## Diagnoses (src/azure/catalogue.rs: diagnose)

# The one-line summary of a known code: "AADSTS50126 InvalidUserNameOrPassword: …".
aadsts-summary = AADSTS{ $code } { $name }：{ $headline }
# What a federated sync user needs, for the app with this client id (the wizard and the realm check).
aadsts-hrd-remedy =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '{ $client_id }'"
    { -hrd-commands-tail }
# AADSTS50126 split by the sync user's realm: a summary (after the code and name) and a remedy.
aadsts-50126-managed =
    .summary = 同步用户的密码被拒绝（托管域：密码或用户名错误）
    .remedy =
        同步用户的域是托管域，因此由 Azure AD 自己验证密码，而密码不匹配。
        { -managed-50126 }
aadsts-50126-federated =
    .summary = 同步用户位于联合域中；Azure AD 需要密码哈希同步和 HRD 策略 (AllowCloudPasswordValidation) 才能接受其密码
    .remedy = { -federated-50126 }
aadsts-50126-unknown =
    .summary = 密码错误，或者是联合域中的同步用户，但未配置密码哈希同步和 HRD 策略
# A code the catalogue does not have, or an error without a code.
aadsts-unknown-summary = AADSTS{ $code }：{ $first }
aadsts-unknown-summary-not-in-catalogue = AADSTS{ $code }：不在 dynsync 的错误代码库中
aadsts-error-summary = Azure AD 错误 { $error }：{ $first }
aadsts-error-summary-no-code = Azure AD 错误 { $error }（没有 AADSTS 代码）
aadsts-error-summary-no-error = Azure AD 错误：{ $first }
aadsts-error-summary-nothing = Azure AD 返回了一个没有 AADSTS 代码的错误
aadsts-unknown-no-advice = dynsync 对 AADSTS{ $code } 没有具体建议。
aadsts-unknown-no-code = 响应中没有 AADSTS 代码，因此 dynsync 只能提供 Microsoft 的消息。
aadsts-unknown-microsofts-message = Microsoft 的消息：{ $message }
aadsts-unknown-error-page = 错误页面：{ $uri }
aadsts-unknown-look-up = 在 https://login.microsoftonline.com/error?code={ $code } 查询此代码
aadsts-unknown-sign-in-logs = 打开 { -sign-in-logs }，按同步用户筛选（或搜索相关 ID），查看失败登录的“失败原因 (Failure reason)”“其他详细信息 (Additional details)”和“条件访问 (Conditional Access)”选项卡。
# The ids Microsoft support asks for, on the remedy's last line; $ids are the parts below,
# joined with ", ".
aadsts-support-line = 提供给 Microsoft 支持部门：{ $ids }
aadsts-support-trace-id = 跟踪 ID (Trace ID)：{ $value }
aadsts-support-correlation-id = 相关 ID (Correlation ID)：{ $value }
aadsts-support-timestamp = 时间戳 (Timestamp)：{ $value }

## Entries, by code

aadsts-50001 =
    .cause = 令牌请求中的资源（Dynamics 组织 URL）已被禁用，或在此租户中不存在。这是 AADSTS500011 在 v1 终结点上的形式。
    .remedy =
        1. 检查在 Marketo 中输入的组织 URL：它应是环境本身的地址，例如 https://contoso.crm.dynamics.com，区域正确（crm、crm4、crm11…），且主机名之后没有任何内容。
        2. 确保环境、同步用户和应用注册位于同一租户中。
        3. 首次同步后 Marketo 不允许更改 URL，因此请在保存之前修正它；然后再次运行 `dynsync validate`。
aadsts-50020 =
    .cause = 同步用户来自其他标识提供者或租户，不是拥有 Dynamics 的租户的成员。来自其他租户的来宾和个人 Microsoft 帐户无法使用 Marketo 所依赖的密码登录。
    .remedy =
        1. 使用在 Dynamics 租户中创建的成员帐户作为同步用户（Adobe 要求使用专用且已分配许可证的同步用户）。
        2. 在 Marketo 中将其用户主体名称输入为 Username，然后再次运行 `dynsync validate`。
aadsts-50034 =
    .cause = Azure AD 在租户中找不到具有此用户名的用户。用户名拼写错误、使用的是电子邮件别名而不是用户主体名称，或者请求发送到了其他租户。
    .remedy =
        1. Microsoft Entra 管理中心 → 用户 (Users) → 所有用户 (All users)：找到同步用户，准确复制其“用户主体名称 (User principal name)”（它不一定是电子邮件地址）。
        2. 检查所使用的租户（--tenant，或从组织 URL 发现的租户）就是该用户所在的租户。
        3. 在 Marketo 中将 UPN 输入为 Username，然后再次运行 `dynsync validate`。
aadsts-50049 =
    .cause = 登录主机（颁发机构）未知或无效。请求发送到了一个不是 Azure AD 登录终结点的主机。
    .remedy = 请使用租户所在云的登录主机：商业云和 GCC 使用 login.microsoftonline.com，GCC High 和 DoD 使用 login.microsoftonline.us，中国使用 login.partner.microsoftonline.cn。在 dynsync 中，用 --cloud（public、usgov、usgovhigh、dod、china）选择，然后再次运行 `dynsync validate`。
aadsts-50053 =
    .cause = 由于错误密码次数过多，Azure AD 锁定了同步用户的登录（智能锁定），或者因为请求来自有恶意活动的 IP 地址而阻止了登录。每次再尝试都可能延长锁定时间。
    .remedy =
        现在不要重试，并阻止 Marketo 继续重试。
        1. 如果 Marketo 一直在用存储的错误密码登录，请暂停它：Marketo 管理 (Admin) → Microsoft Dynamics → 禁用同步 (Disable Sync)。
        2. 等待约 30 分钟后再进行任何新的尝试。
        3. { -sign-in-logs }：找到同步用户错误代码为 50053 的登录，查看“失败原因 (Failure reason)”（锁定或恶意 IP）。
        4. 如果是风险阻止，请在 保护 (Protection) → ID 保护 (Identity Protection) → 有风险的用户 (Risky users) 中检查该用户，确认来源可信后，将其确认为安全或消除风险。
        5. 确认密码（不确定时请重置），在 Marketo 中输入，然后运行一次 `dynsync validate`。
aadsts-50055 =
    .cause = 同步用户的密码已过期。Marketo 无法更改密码，因此在设置并输入新密码之前，同步会一直中断。
    .remedy =
        1. 重置密码：Microsoft Entra 管理中心 → 用户 (Users) → 同步用户 → 重置密码 (Reset password)；对于从本地 AD 同步的用户，请在 AD 中重置，并等待下一次同步。
        2. 如果重置后要求下次登录时更改密码，请以同步用户身份登录一次（例如在 https://myaccount.microsoft.com）以设置最终密码。
        3. 为避免再次发生，请让此服务帐户的密码永不过期（对于云用户，用 Microsoft Graph 将其 passwordPolicies 设为 DisablePasswordExpiration；对于同步用户，在 AD 中使用密码永不过期的策略）。
        4. { -marketo-edit }
        5. 再次运行 `dynsync validate`。
aadsts-50056 =
    .cause = Azure AD 中没有同步用户的密码，因此无法验证 Marketo 发送的密码。这通常发生在未同步密码哈希的同步用户或联合用户，或仅设置为无密码登录的帐户上。
    .remedy =
        1. 对于从本地 AD 同步的用户，请在 Microsoft Entra Connect 中启用密码哈希同步（可选功能 (Optional features) → 密码哈希同步 (Password hash synchronization)），并等待哈希同步到 Entra ID。联合域还需要 `dynsync explain 50126` 所示的 HRD 策略。
        2. 或者使用有密码的纯云同步用户。
        3. 再次运行 `dynsync validate`。
aadsts-50057 =
    .cause = 同步用户的帐户已被禁用，因此 Azure AD 拒绝其登录。
    .remedy =
        1. Microsoft Entra 管理中心 → 用户 (Users) → 同步用户 → 编辑属性 (Edit properties) → 设置 (Settings) → 已启用帐户 (Account enabled)。
        2. 对于从本地 AD 同步的用户，请在 Active Directory 中启用它 (Enable-ADAccount)，并等待下一次同步。
        3. 再次运行 `dynsync validate`。
aadsts-50059 =
    .cause = Azure AD 无法判断请求针对哪个租户：URL 中没有指定租户，凭据也无法推断出租户。
    .remedy = { -tenant-endpoint-steps }
aadsts-50064 =
    .cause = Azure AD 无法验证同步用户的用户名或密码。
    .remedy = 按密码错误处理：检查在 Marketo 中输入的 Username 和 Password（首尾不能有空格），并在 { -sign-in-logs } 中查看失败的登录。反复失败会导致锁定 (AADSTS50053)，因此请在核对这些值之后再运行 `dynsync validate`。
aadsts-50072 =
    .cause = 同步用户被要求注册多重身份验证，这是 Marketo 无法执行的交互步骤。
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50074 =
    .cause = 需要强身份验证，而同步用户未通过 MFA 质询。密码登录无法响应 MFA 质询。
    .remedy = { -mfa-steps }
aadsts-50076 =
    .cause = Azure AD 要求同步用户进行多重身份验证（条件访问策略、每用户 MFA 或位置规则）。Marketo 只使用密码登录，因此被阻止。
    .remedy = { -mfa-steps }
aadsts-50079 =
    .cause = 同步用户必须先注册多重身份验证的安全信息才能登录。Marketo 既无法完成注册，也无法完成之后的 MFA。
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50097 =
    .cause = 条件访问策略要求设备身份验证。Marketo 的服务器不是已注册的设备，因此同步用户永远无法满足该要求。
    .remedy = { -mfa-steps }
aadsts-50105 =
    .cause = Marketo 应用的企业应用程序要求分配用户，而同步用户未分配给该应用。
    .remedy =
        1. Microsoft Entra 管理中心 → 企业应用程序 (Enterprise applications) → Marketo 应用 → 用户和组 (Users and groups) → 添加用户/组 (Add user/group) → 选择同步用户 → 分配 (Assign)。
        2. 或者在应用的“属性 (Properties)”页上，将“需要分配？ (Assignment required?)”设为“否 (No)”。
        3. 再次运行 `dynsync validate`。
aadsts-50125 =
    .cause = 登录被中断，要求同步用户注册自助密码重置，这是 Marketo 无法完成的交互步骤。
    .remedy =
        1. 以同步用户身份交互登录一次并完成注册，或者将该帐户排除在必须注册的组之外（保护 (Protection) → 密码重置 (Password reset) → 注册 (Registration)）。
        2. 再次运行 `dynsync validate`。
aadsts-50126 =
    .cause = Azure AD 不接受同步用户的用户名和密码。对于联合域中的用户，如果 Azure AD 不允许自己验证密码，也会返回同一代码。
    .remedy =
        有两种原因会导致此代码；检查同步用户的域即可确定是哪一种：Microsoft Entra 管理中心 → 设置 (Settings) → 域名 (Domain names) 会显示哪些域是联合域。
        如果该域是托管域（纯云、密码哈希同步或直通身份验证），则是密码或用户名错误：
        { -managed-50126 }
        如果该域是联合域：{ -federated-50126 }
aadsts-50128 =
    .cause = Azure AD 找不到与请求或用户名中的域对应的租户。@ 之后的域可能不是任何租户的已验证域。
    .remedy =
        1. 检查同步用户名中 @ 之后的域：它必须是 Dynamics 租户的已验证域（Microsoft Entra 管理中心 → 设置 (Settings) → 域名 (Domain names)）或其 *.onmicrosoft.com 域。
        2. 用 --tenant 显式传入租户（目录 ID 或已验证的域）。
        3. 再次运行 `dynsync validate`。
aadsts-50131 =
    .cause = 条件访问决策阻止了登录：原因可能是设备状态、可疑活动，或访问或安全策略。
    .remedy = { -mfa-steps }
aadsts-50135 =
    .cause = ID 保护认为同步用户存在风险，要求更改密码，而 Marketo 无法做到。
    .remedy =
        1. 保护 (Protection) → ID 保护 (Identity Protection) → 有风险的用户 (Risky users)：调查同步用户。
        2. 重置其密码（用户 (Users) → 同步用户 → 重置密码 (Reset password)），确认帐户可信后消除风险。
        3. { -marketo-edit }
        4. 再次运行 `dynsync validate`。
aadsts-50144 =
    .cause = 同步用户的本地 Active Directory 密码已过期。
    .remedy =
        1. 在 Active Directory 中重置密码（Active Directory 用户和计算机，或 Set-ADAccountPassword），并等待 Microsoft Entra Connect 同步它。
        2. 在 AD 中为此服务帐户设置密码永不过期的策略。
        3. { -marketo-edit }
        4. 再次运行 `dynsync validate`。
aadsts-50158 =
    .cause = 未满足外部安全质询：第三方 MFA 提供程序、条件访问自定义控件或使用条款。Marketo 无法完成任何交互式质询。
    .remedy =
        将同步用户从要求自定义控件或使用条款的策略中排除。
        { -mfa-steps }
aadsts-50173 =
    .cause = 由于同步用户的密码已更改，或管理员撤销了其会话，授权已被撤销。需要使用当前密码重新登录。
    .remedy =
        1. 输入同步用户的当前密码。{ -marketo-edit }
        2. 再次运行 `dynsync validate`。
aadsts-50196 =
    .cause = Azure AD 检测到客户端循环：同一令牌请求在短时间内到达过于频繁，后续请求会被限制。
    .remedy =
        现在不要重试。
        1. 等待几分钟；停止任何在循环中为同步用户请求令牌的脚本或监视程序。
        2. { -sign-in-logs }：按同步用户筛选，查看是哪个应用程序发送了这些请求。
        3. 暂停之后，运行一次 `dynsync validate`。
aadsts-53000 =
    .cause = 条件访问策略要求使用合规（托管）设备。Marketo 从自己的服务器登录，这些服务器永远不可能是合规设备。
    .remedy = { -mfa-steps }
aadsts-53001 =
    .cause = 条件访问策略要求使用已加入域的设备。Marketo 的服务器没有加入你的域。
    .remedy = { -mfa-steps }
aadsts-53002 =
    .cause = 条件访问策略要求使用已批准的客户端应用。Marketo 的连接器不在其中。
    .remedy = { -mfa-steps }
aadsts-53003 =
    .cause = 条件访问策略阻止了登录。它可能按位置、平台、客户端应用或风险进行阻止。
    .remedy =
        如果策略按位置阻止，除了排除该用户之外，也可以将 Marketo 的出站 IP 地址（请询问 Adobe 支持）添加为受信任的命名位置。
        { -mfa-steps }
aadsts-53004 =
    .cause = 同步用户必须先完成多重身份验证注册过程（证明）才能登录。Marketo 既无法完成注册，也无法完成之后的 MFA。
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-65001 =
    .cause = 没有人同意 Marketo 应用的 Dynamics CRM 权限 (user_impersonation)，因此 Azure AD 不会颁发访问 Dynamics 的令牌。
    .remedy = { -consent-steps }
aadsts-70001 =
    .cause = Marketo 应用在此租户中已被禁用。
    .remedy = { -app-enable-steps }
aadsts-70002 =
    .cause = Azure AD 无法验证客户端凭据（客户端 ID 和客户端密码）。较早的 v1 响应会先发送这个通用代码，再发送具体原因；dynsync 以最后一个代码为准。
    .remedy =
        1. 如果响应中还列出了更具体的代码，请用该代码运行 `dynsync explain`。
        2. 否则请检查客户端密码：它必须是客户端密码的值（而不是机密 ID），未过期，并且与 Client ID 来自同一个应用注册（应用注册 (App registrations) → Marketo 应用 → 证书和密码 (Certificates & secrets)）。
        3. 如有疑问，请新建一个客户端密码，在 Marketo 中输入其值，然后再次运行 `dynsync validate`。
aadsts-70008 =
    .cause = 刷新令牌或授权已过期或已被撤销。Marketo 必须重新用密码登录。
    .remedy =
        1. 重新输入同步用户的凭据，让 Marketo 重新登录（如果密码已更改，请使用新密码）。{ -marketo-edit }
        2. 运行 `dynsync validate`，确认密码登录正常。
aadsts-70011 =
    .cause = 请求的作用域无效。Marketo 的作用域由组织 URL 构成（{"{org URL}"}/.default），因此错误或格式不正确的 URL 会导致此错误。
    .remedy =
        1. 检查组织 URL：https://<org>.crm<N>.dynamics.com，不带路径（没有 /api/data…），没有拼写错误。
        2. 作用域只能指定一个资源（否则会出现 AADSTS700022）。
        3. 修正 URL，然后再次运行 `dynsync validate`。
aadsts-80001 =
    .cause = 直通身份验证代理无法连接到 Active Directory，因此无法验证同步用户的密码。
    .remedy = { -pta-steps }
aadsts-80002 =
    .cause = 通过直通身份验证代理验证密码超时。
    .remedy = { -pta-steps }
aadsts-80012 =
    .cause = 同步用户尝试在 Active Directory 允许的登录时间之外登录。
    .remedy =
        1. Active Directory 用户和计算机 → 同步用户 → 帐户 (Account) → 登录时间 (Logon Hours)：允许所有时间（同步全天候运行）。
        2. 更改复制完成后，再次运行 `dynsync validate`。
aadsts-80013 =
    .cause = 直通身份验证代理服务器的时钟与 Active Directory 的时钟相差过大。
    .remedy =
        1. 修复代理服务器上的时间同步（它们应遵循域时间层次结构；w32tm /resync 可强制更新）。
        2. 再次运行 `dynsync validate`。
aadsts-80014 =
    .cause = 直通身份验证代理的响应超过了允许的最长时间。
    .remedy = { -pta-steps }
aadsts-90002 =
    .cause = 找不到请求中指定的租户。租户 ID 或域拼写错误、不是已验证的域，或者属于其他云（美国政府或中国）。
    .remedy =
        1. 检查用 --tenant 提供的值：应为 Microsoft Entra 管理中心 → 概述 (Overview) 中的目录(租户) ID，或已验证的域（如 contoso.onmicrosoft.com）；或者省略 --tenant，从组织 URL 自动发现。
        2. 如果租户取自用户名的域，则该域必须已在租户中验证；否则请修正 Username。
        3. 对于 GCC High、DoD 或中国，请传入 --cloud usgovhigh、dod 或 china。
        4. 再次运行 `dynsync validate`。
aadsts-90010 =
    .cause = Azure AD 无法创建请求所需的算法（Microsoft 参考文档中的“Unable to create the algorithm”）。当密码授予发送到 /common 或 /consumers 终结点时，服务器也会返回此代码，此时 Microsoft 的消息会说明这一点；如果有该消息，dynsync 以它为准。
    .remedy =
        1. 阅读 Microsoft 的消息 (error_description)。如果它说 /common 或 /consumers 终结点不支持该授予类型，说明请求没有指定租户。{ -tenant-endpoint-steps }
        2. 否则，设置中没有已知会导致此错误的因素：请稍后再次运行 `dynsync validate`；如果问题持续存在，请打开 { -sign-in-logs }，找到失败的登录，将其跟踪 ID 和相关 ID 提供给 Microsoft 支持部门。
# AADSTS90010 when Microsoft's message says the grant type is not supported over /common or
# /consumers (what servers send for a password grant there): a summary (after the code and
# name), the cause `dynsync explain` shows, and a remedy.
aadsts-90010-common =
    .summary = /common 或 /consumers 终结点不支持密码授予：请求必须指定租户
    .cause = 请求发送到了 /common 或 /consumers 终结点，而该终结点不接受密码授予。请求必须发送到租户自己的终结点（其目录(租户) ID 或已验证的域）或 /organizations。
    .remedy =
        请求发送到了 /common 或 /consumers；密码授予需要租户自己的终结点或 /organizations。
        { -tenant-endpoint-steps }
aadsts-90014 =
    .cause = 请求缺少必需的字段。这说明问题出在请求的构造方式上，而不是凭据错误。
    .remedy =
        1. 检查所有输入项（客户端 ID、客户端密码、用户名、密码、组织 URL）均不为空。
        2. 再次运行 `dynsync validate`；如果所有输入项都已设置但问题仍然存在，请将其作为 dynsync 错误报告，并附上跟踪 ID。
aadsts-90038 =
    .cause = 该租户属于国家云（美国政府或中国），但请求发送到了另一个云的登录主机。
    .remedy =
        1. 使用租户所在云的登录主机。在 dynsync 中：--cloud usgovhigh 或 --cloud dod (login.microsoftonline.us)，--cloud china (login.partner.microsoftonline.cn)；GCC 使用 --cloud usgov，它在商业云主机上登录。
        2. 组织 URL 表明所在的云：*.crm.microsoftdynamics.us 是 GCC High，*.crm.appsplatform.us 是 DoD，*.crm.dynamics.cn 是中国，*.crm9.dynamics.com 是 GCC。
        3. 再次运行 `dynsync validate --cloud …`。
aadsts-90055 =
    .cause = 此租户的请求过多，Azure AD 正在对其进行限制。
    .remedy =
        现在不要重试。
        1. 等待几分钟，并停止任何循环请求令牌的程序。
        2. 然后运行一次 `dynsync validate`。
aadsts-90094 =
    .cause = 在同步用户登录之前，管理员必须先同意 Marketo 应用的权限。
    .remedy = { -consent-steps }
aadsts-500011 =
    .cause = 租户中没有与请求令牌时所用组织 URL 匹配的资源。组织 URL 有误（区域、拼写），或者 Dynamics 环境属于其他租户。
    .remedy =
        1. 从 Dynamics（设置 (Settings) → 自定义 (Customizations) → 开发人员资源 (Developer Resources)）或 Power Platform 管理中心（环境 (Environments) → 该环境 → 环境 URL (Environment URL)）复制组织 URL 并进行比较：https://<org>.crm<N>.dynamics.com，主机名之后没有任何内容。
        2. 确保同步用户、应用注册和环境都位于同一租户中。
        3. 首次同步后 Marketo 不允许更改 URL，因此请在保存之前确认无误；然后再次运行 `dynsync validate`。
aadsts-500014 =
    .cause = Dynamics CRM 服务主体在此租户中已被禁用，例如因为订阅已过期或管理员将其禁用。
    .remedy =
        1. Microsoft Entra 管理中心 → 企业应用程序 (Enterprise applications) → 应用程序类型 (Application type)：Microsoft 应用程序 (Microsoft Applications) → Dynamics CRM（应用 ID 00000007-0000-0000-c000-000000000000）→ 属性 (Properties) → 允许用户登录？ (Enabled for users to sign in?) → 是 (Yes)。
        2. 在 Microsoft 365 管理中心 → 账单 (Billing) → 你的产品 (Your products) 中检查 Dynamics 365 订阅。
        3. 再次运行 `dynsync validate`。
aadsts-530003 =
    .cause = 条件访问策略要求使用托管设备访问此资源。Marketo 的服务器永远不可能是托管设备。
    .remedy = { -mfa-steps }
aadsts-530032 =
    .cause = 租户级安全策略阻止了该请求。
    .remedy =
        检查失败登录中列出的租户安全策略。
        { -mfa-steps }
aadsts-530035 =
    .cause = 安全默认值将此次登录视为旧式或不安全的身份验证而予以阻止。安全默认值要求 MFA，且无法排除单个帐户。
    .remedy =
        安全默认值无法排除用户：要么将其关闭（Microsoft Entra 管理中心 → 概述 (Overview) → 属性 (Properties) → 管理安全默认值 (Manage security defaults) → 已禁用 (Disabled)），改用排除同步用户的条件访问策略；要么使用 Marketo 的服务器到服务器 (S2S) 连接。
        { -mfa-steps }
aadsts-650052 =
    .cause = 该应用需要一项租户未订阅或未启用的服务。对 Marketo 而言，这意味着该租户没有 Dynamics 365 (Dataverse) 服务。
    .remedy =
        1. 确保使用的是拥有 Dynamics 365 环境的租户（将 --tenant 与组织 URL 的租户进行比较）。
        2. 检查该租户是否有有效的 Dynamics 365 或 Power Apps 订阅（Microsoft 365 管理中心 → 账单 (Billing) → 你的产品 (Your products)）。
        3. 再次运行 `dynsync validate`。
aadsts-650056 =
    .cause = Marketo 应用没有列出 Dynamics CRM 权限，或者没有管理员同意该权限。
    .remedy = { -consent-steps }
aadsts-650057 =
    .cause = Marketo 应用请求访问 Dynamics，但 Dynamics 不在其应用注册的 API 权限中。
    .remedy = { -consent-steps }
aadsts-700003 =
    .cause = Azure AD 查找的设备对象不存在（设备已删除）；当基于设备的条件访问策略应用于同步用户时会发生这种情况。
    .remedy = { -mfa-steps }
aadsts-700011 =
    .cause = 租户中不存在具有此客户端 ID 的应用程序。
    .remedy = { -client-id-steps }
aadsts-700016 =
    .cause = Azure AD 在租户中找不到具有此客户端 ID 的应用程序。客户端 ID 拼写错误、使用的是对象 ID 而不是应用程序(客户端) ID，或者该应用位于其他租户中。
    .remedy = { -client-id-steps }
aadsts-700022 =
    .cause = 作用域指定了多个资源。Marketo 的作用域必须是组织 URL 加上 /.default（以及 offline_access），不能有其他内容。
    .remedy =
        1. 检查组织 URL 只包含一个地址，例如 https://contoso.crm.dynamics.com。
        2. 再次运行 `dynsync validate`。
aadsts-700025 =
    .cause = 应用注册被视为公共客户端，因此 Azure AD 拒绝 Marketo 发送的客户端密码。
    .remedy =
        1. Microsoft Entra 管理中心 → 应用注册 (App registrations) → Marketo 应用 → 身份验证 (Authentication) → 高级设置 (Advanced settings) → 允许公共客户端流 (Allow public client flows) → 否 (No) → 保存 (Save)（isFallbackPublicClient = false）。
        2. 在 Marketo 中保留客户端密码：Marketo 以机密客户端身份登录。
        3. 再次运行 `dynsync validate`。
aadsts-900144 =
    .cause = 请求正文缺少必需的参数；Microsoft 的消息中会指出是哪个参数。
    .remedy =
        1. 检查所有输入项（客户端 ID、客户端密码、用户名、密码、组织 URL）均不为空。
        2. 如果所有输入项都已设置但问题仍然存在，说明请求格式有误（通常是其表单编码）：请将其作为 dynsync 错误报告，并附上跟踪 ID。
aadsts-901002 =
    .cause = 请求向 v2.0 令牌终结点发送了 'resource' 参数，而该终结点只接受 'scope'。
    .remedy = 这是客户端的错误，而不是设置问题：v2.0 使用 scope={"{org URL}"}/.default，v1 终结点使用 resource={"{org URL}"}。如果请求是 dynsync 发送的，请附上跟踪 ID 报告此问题。
aadsts-7000112 =
    .cause = Marketo 应用在此租户中已被禁用。
    .remedy = { -app-enable-steps }
aadsts-7000215 =
    .cause = Azure AD 拒绝了客户端密码。最常见的原因是复制了机密 ID 而不是客户端密码的值，或者该客户端密码属于其他应用注册。
    .remedy =
        机密 ID 与值：应用注册 (App registrations) → Marketo 应用 → 证书和密码 (Certificates & secrets) 会列出每个客户端密码的“值 (Value)”和“机密 ID (Secret ID)”。Marketo 需要的是值，门户只在刚创建客户端密码后完整显示一次。形如 GUID 的字符串（8-4-4-4-12 位十六进制数字）是机密 ID，而不是客户端密码。
        1. 如果你已经没有该值，请新建一个客户端密码（证书和密码 (Certificates & secrets) → 新客户端密码 (New client secret)），并立即复制其值。
        2. 确保该客户端密码与 Client ID 属于同一个应用注册。
        3. { -marketo-edit }
        4. 再次运行 `dynsync validate`。
aadsts-7000218 =
    .cause = 应用注册是机密客户端，但请求中没有客户端密码。Marketo 的密码设置需要客户端密码。
    .remedy =
        1. 在 Marketo 中输入客户端密码的值（Client Secret），并将其提供给 dynsync。
        2. 将“允许公共客户端流 (Allow public client flows)”保持为“否 (No)”：把应用改为公共客户端不适合 Marketo，因为 Marketo 会发送客户端密码（那样会导致 AADSTS700025）。
        3. 再次运行 `dynsync validate`。
aadsts-7000222 =
    .cause = 客户端密码已过期。Marketo 会继续发送它，在输入新的客户端密码之前，同步会一直中断。
    .remedy =
        1. 应用注册 (App registrations) → Marketo 应用 → 证书和密码 (Certificates & secrets) → 新客户端密码 (New client secret)：在已过期的客户端密码旁新建一个，并复制其值（只显示一次）。记下其到期日期，以便在到期前轮换。
        2. { -marketo-edit }
        3. 运行 `dynsync validate` 进行确认。
        4. 待同步使用新客户端密码正常运行后，再删除旧的客户端密码。
aadsts-9001023 =
    .cause = /common 或 /consumers 终结点不支持密码授予。请求必须指定租户。
    .remedy = { -tenant-endpoint-steps }
aadsts-9002313 =
    .cause = 请求格式有误或无效。这说明问题出在请求的构造方式上，而不是凭据。
    .remedy =
        1. 再次运行 `dynsync validate`。
        2. 如果问题仍然存在，请将其作为 dynsync 错误报告，并附上跟踪 ID（不要包含机密）。
