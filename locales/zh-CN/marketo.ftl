# Marketo (src/marketo.rs): its "Validate Sync Setup" checklist, Adobe's fix for a red X on
# each item, and its setup steps as its UI names them.

## The checklist's seven items in Marketo's order, as Marketo words them; .fix is Adobe's fix.
## (The JSON output keeps Marketo's English wording as the item's key, whatever the language.)

marketo-item-url = URL 有效 (URL is valid)
    .fix = 检查组织 URL：Dynamics → 设置 (Settings) → 自定义 (Customizations) → 开发人员资源 (Developer Resources) → 服务终结点 (Service Endpoints)。它必须是 dynsync 验证过的那个组织。
marketo-item-credentials = 用户名和密码有效 (Username and password are valid)
    .fix = 检查 Username 和 Password（同步用户的 UPN 及其当前密码），以及 Client ID / Client Secret（客户端密码的值 (Value)）。
marketo-item-role = 同步用户已分配 Marketo Sync User 角色 (Sync user is assigned to the Marketo Sync User role)
    .fix = Dynamics → 设置 (Settings) → 安全性 (Security) → 用户 (Users) → 同步用户 → 管理角色 (Manage Roles) → 勾选“Marketo Sync User”。另请确认已授予管理员同意（Azure → 应用注册 (App registrations) → API 权限 (API permissions) → 授予管理员同意 (Grant admin consent)），并确认 Marketo Config 中指定的是同步用户。
marketo-item-solution = Marketo 解决方案已正确安装 (Marketo solution is properly installed)
    .fix = Dynamics → 设置 (Settings) → 解决方案 (Solutions)：列表中必须有“Marketo Lead Management”；如果没有，请导入它（Marketo → 管理 (Admin) → CRM → Microsoft → 下载 Marketo 解决方案 (Download Marketo Solution)）。
marketo-item-steps = 解决方案中的所有步骤均已启用 (All steps in the solution are enabled)
    .fix = Dynamics → 设置 (Settings) → 解决方案 (Solutions) → Marketo Lead Management → SDK 消息处理步骤 (SDK Message Processing Steps)：激活所有已禁用的步骤。
marketo-item-solution-user = 同步用户已分配给 Marketo 解决方案 (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → 设置 (Settings) → Marketo Config → Default → Marketo User：选择同步用户 → 保存 (Save) → 发布所有自定义项 (Publish All Customizations)。
marketo-item-user-matches = 同步用户与用户名和密码匹配 (Sync user matches username and password)
    .fix = Marketo Config“Default”中的 Marketo User 必须是你在 Marketo 中输入其用户名和密码的那个用户。

## Marketo's setup steps (src/wizard/state.rs: MarketoStep::title), as its UI names them.

marketo-step-disable-sync = 禁用同步 (Disable Sync)
marketo-step-edit-credentials = 编辑凭据 (Edit credentials)
marketo-step-select-fields = 选择要同步的字段 (Select Fields to Sync)
marketo-step-validate-sync = 验证同步设置 (Validate Sync Setup)
marketo-step-enable-sync = 启用同步 (Enable Sync)
# The heading the guided driver shows above a step's instructions.
marketo-step-heading = ── Marketo：{ $title } ──

## Why an item is predicted red (src/marketo.rs: because), one line per check that turned it
## red: $check is the check's id, $summary its one-line summary (which may quote the server).

marketo-because = 因为 { $check } 失败：{ $summary }
# The three causes Adobe documents for a red X on "Sync user is assigned to the Marketo Sync
# User role" (Fix Dynamics validation sync issues).
marketo-because-role = 因为同步用户没有 Marketo Sync User 角色（{ $check }：{ $summary }）
# $code: the AADSTS code of the refusal.
marketo-because-consent = 因为缺少对 Marketo 应用的管理员同意（{ $check }：AADSTS{ $code }）
marketo-because-config-user = 因为 Marketo Config“Default”中指定的不是同步用户（{ $check }：{ $summary }）
# Under an item Marketo shows red (the wizard): $because is one of the lines above.
marketo-because-predicted = dynsync 预测此项为红色，{ $because }

## Server-to-Server (S2S, Marketo's "Web API" connection): Adobe's fixes where the sync user is
## the Dataverse application user (src/marketo.rs: CHECKLIST_S2S). The labels are the same
## headings Marketo shows for every connection.

marketo-item-credentials-s2s = 用户名和密码有效 (Username and password are valid)
    .fix = 对于 Web API (S2S)：Marketo 中的 Username 必须是应用程序用户的电子邮件地址，并填写应用的 Client ID 和 Client Secret（客户端密码的值 (Value)）以及 Tenant ID。
marketo-item-role-s2s = 同步用户已分配 Marketo Sync User 角色 (Sync user is assigned to the Marketo Sync User role)
    .fix = Power Platform 管理中心 → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 该应用的用户 → 编辑安全角色 (Edit security roles) → “Marketo Sync User”。另请确认 Marketo Config 中指定的是应用程序用户。
marketo-item-solution-user-s2s = 同步用户已分配给 Marketo 解决方案 (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → 设置 (Settings) → Marketo Config → Default → Marketo User：选择应用程序用户 → 保存 (Save) → 发布所有自定义项 (Publish All Customizations)。
marketo-item-user-matches-s2s = 同步用户与用户名和密码匹配 (Sync user matches username and password)
    .fix = Marketo Config“Default”中的 Marketo User 必须是你在 Marketo 中将其电子邮件输入为 Username 的那个应用程序用户。

## Adobe's "Reconfigure Dynamics Authentication Method" (RECONF), as Marketo's UI names it.

marketo-step-reconfigure-auth = 重新配置新的身份验证方法 (Reconfigure New Auth Method)
marketo-step-wait-after-switch = 切换 (Switch) 后等待 15 分钟
