# `dynsync fix` (src/fix/, src/commands/fix.rs): the plan of changes that repair the Dynamics
# side with a Dynamics admin's sign-in, its application, and what stays manual.

## The records a change applies to. $user is a user's name and id; $id a record's id.

fix-target-user = systemuser { $user }
fix-target-user-settings = { $user } 的 usersettings
fix-target-new-app-user = systemuser：应用 { $client_id } 的新应用程序用户
fix-target-step = sdkmessageprocessingstep“{ $step }”({ $id })
fix-target-config = { $table }“Default”({ $id })，Marketo User
# The application user the plan creates, named before it exists.
fix-new-app-user = 应用 { $client_id } 的新应用程序用户

## Before → after.

fix-state-disabled = 已禁用
fix-state-enabled = 已启用
fix-state-none = 无
fix-state-nobody = 无人
fix-state-no-roles = 无安全角色
fix-state-no-email = 无电子邮件
# $business_unit is the business unit's id.
fix-state-app-user = 业务部门 { $business_unit } 中的应用程序用户，电子邮件 { $email }
fix-state-role = { $role }（业务部门 { $business_unit } 的）
fix-state-english = { $lcid }（英语）

## What each action does, as the plan shows it.

fix-action = { $action ->
        [create_app_user] 创建应用程序用户
        [enable_app_user] 启用应用程序用户
        [associate_role] 分配 Marketo Sync User 角色
        [set_config_user] 设置 Marketo Config 的 Marketo User
        [enable_step] 启用插件步骤
       *[set_ui_language] 将用户界面语言设置为英语
    }

## What stays manual.

fix-manual-not-member = { $user } 不是 { $host } 的用户：请为其分配 Dynamics 365 许可证（Microsoft 365 管理中心 → 用户 (Users) → 该用户 → 许可证 (Licenses)），然后在 Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 用户 (Users) → 添加用户 (Add user)。然后再次运行 dynsync fix。
fix-manual-user-disabled = 同步用户 { $user } 已被禁用。有许可证的用户是在 Microsoft 365 中启用的，而不是在 Dynamics 中：Microsoft 365 管理中心 → 用户 (Users) → 该用户 → 取消阻止登录并分配 Dynamics 365 许可证；几分钟内它就会在该环境中被启用。
fix-manual-create-app-user = 手动创建应用程序用户：Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 新建应用用户 (New app user) → 应用 { $client_id } → 根业务部门 → 安全角色“Marketo Sync User”。
fix-manual-no-role = 用户所在的业务部门中不存在角色 { $role }：请导入 Marketo 解决方案（Marketo → 管理 (Admin) → CRM → Microsoft → 下载 Marketo 解决方案 (Download Marketo Solution)；Dynamics → 设置 (Settings) → 解决方案 (Solutions) → 导入 (Import)），然后再次运行 dynsync fix。
fix-manual-solution = 未安装 { $solution } 解决方案：请从 Marketo 下载它（管理 (Admin) → CRM → Microsoft → 下载 Marketo 解决方案 (Download Marketo Solution)），在 Dynamics 中导入它（设置 (Settings) → 解决方案 (Solutions) → 导入 (Import)）并发布所有自定义项；然后再次运行 dynsync fix。
fix-manual-config = Dynamics → 设置 (Settings) → Marketo Config → Default → Marketo User：选择同步用户 → 保存 (Save) → 发布所有自定义项 (Publish All Customizations)（dynsync 找不到 Default 行或其 Marketo User 查找字段）。
fix-manual-enable-app-user = 请手动启用它：Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 该应用的用户 → 激活 (Activate)
# $status is the HTTP status; $why Dataverse's message.
fix-write-refused = Dataverse 拒绝了该更改（HTTP { $status }）：{ $why }
fix-not-sent-no-app-user = 未发送：无法创建应用程序用户

## The command's screens.

fix-nothing-to-fix = Dynamics 端没有需要修复的内容。
fix-sign-in-first = 同步能够登录后，dynsync fix 才能修复 Dynamics 端：请先修复上面失败的登录检查（参阅其解决方法），然后再次运行 dynsync fix。
fix-signing-in = 这些更改需要 Dynamics 管理员（Dataverse 系统管理员 (System Administrator) 角色）为 { $host } 登录：令牌仅用于本次运行，绝不存储。
# $count is the number of changes.
fix-plan-heading = { $count ->
        [0] 此处没有需要进行的更改。
       *[other] 计划：{ $count } 项更改
    }
# One planned change: $n its number, $check the check it repairs, $action what it does
# (fix-action), $target the record.
fix-plan-change = { $n }. { $check }：{ $action }
    记录：{ $target }
    { $from } → { $to }
fix-manual-heading = 需要手动完成：
fix-manual-item = { $check }：{ $steps }
fix-ask-apply = { $count ->
        [1] 进行此更改吗？
       *[other] 进行这 { $count } 项更改吗？
    }
fix-dry-run = 试运行：未更改任何内容。
fix-declined = 未更改任何内容。
fix-refuse-no-terminal = dynsync fix 只在计划得到确认后才更改 Dynamics：请在终端上运行以作答，使用 --dry-run 查看计划，或在脚本中使用 --yes 确认计划。
fix-applied = ✓ { $action }：{ $target }
fix-failed = ✗ { $action }：{ $target } — { $error }
fix-validating-again = 正在使用连接自己的凭据再次检查…
fix-needs-profile = dynsync fix 需要 --profile NAME（或 --demo）：它检查并修复已保存的连接。
# `fix --demo`: the scenario repaired. $about is the scenario's description.
fix-demo-banner = 演示租户（模拟的 Azure AD + Dataverse，运行在环回 HTTPS 上；不会有任何数据离开本机）：场景 { $scenario } — { $about }
# The admin's token was refused a read the plan needs. $error is Dataverse's answer.
fix-admin-refused = Dataverse 拒绝了管理员的读取请求（{ $error }）：管理员需要此环境中的系统管理员 (System Administrator) 安全角色（Power Platform 管理中心 → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 用户 (Users) → 该管理员 → 管理安全角色 (Manage security roles)）。
# Over the report of the last validation. $host is the org's host.
fix-report-heading = 再次检查 { $host }
# Over the report when nothing was changed.
fix-report-heading-first = 检查 { $host }

## What the admin read for the checks the sync user could not read.

fix-read-heading = 使用管理员的登录读取（同步用户可能无权读取以下内容）：
fix-read-solution = 已安装 { $solution } { $version }
fix-read-steps = { $disabled ->
        [0] 解决方案的全部 { $total } 个插件步骤均已启用
       *[other] { $total } 个插件步骤中有 { $disabled } 个已禁用
    }
fix-read-config = Marketo Config“Default”指定的是 { $user }
