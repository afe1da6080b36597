# The setup and rotate wizards (src/wizard): prompts, steps, notes for the transcript.
# Each id is "wizard-" and the kebab-case name of its variant of `M` (src/wizard/messages.rs).
# {"  "} at the start of a line keeps its leading spaces; a last line {""} keeps a final line break.

wizard-welcome =
    dynsync setup — 逐步将 Marketo 连接到 Microsoft Dynamics 365。

    你需要：
      • 一位可以注册应用并授予管理员同意的 Azure 管理员（应用程序管理员或更高角色）；
      • 一个专用的 Dynamics 同步用户（已分配许可证，而不是某个人的帐户）及其密码；
      • 一位 Marketo 管理员。
    { $continue }
    {""}
# The welcome's last line: how a stop is continued.
wizard-welcome-continue = 每完成一步都会保存进度：可随时停止 (Ctrl-C)，之后用 `dynsync setup --resume` 继续。
wizard-welcome-continue-demo = 这是演示：不会保留任何内容，因此一旦停止即结束（`dynsync setup --demo` 可重新开始）。
wizard-ask-profile = 此连接的配置文件名称（例如 contoso-prod）
wizard-ask-path = 首次连接，还是更新现有连接？
wizard-path-first-time = 首次连接
wizard-path-update = 更新现有连接
wizard-have-app-registration = Azure 中是否已有用于 Marketo 的应用注册？
wizard-app-registration-steps =
    注册应用（Azure 门户 → Microsoft Entra ID → 应用注册 (App registrations)）：
    {"  "}{ $portal }
      1. 新注册 (New registration) → 名称 (Name)：Marketo Integration → 支持的帐户类型 (Supported account types)：“仅此组织目录中的帐户 (Accounts in this organizational directory only)” → 注册 (Register)。
      2. 从“概述 (Overview)”页复制“应用程序(客户端) ID (Application (client) ID)”（不是对象 ID (Object ID)）。
      3. API 权限 (API permissions) → 添加权限 (Add a permission) → Dynamics CRM → 委托的权限 (Delegated) → user_impersonation → 添加权限 (Add permissions)。
      4. 为你的租户授予管理员同意 (Grant admin consent) → 是 (Yes)。
      5. 身份验证 (Authentication) → 高级设置 (Advanced settings) → 允许公共客户端流 (Allow public client flows)：否 (No) → 保存 (Save)。
      6. 证书和密码 (Certificates & secrets) → 新客户端密码 (New client secret) → 填写说明（例如 Marketo sync）并选择有效期 → 添加 (Add)。
         立即复制客户端密码的值 (Value)：门户只显示一次。（旁边的机密 ID (Secret ID) 不是客户端密码。）
    {""}
wizard-open-in-browser = 在浏览器中打开 Azure 门户？
wizard-step-done = 完成
wizard-step-show-again = 再次显示步骤
wizard-step-abort = 中止（进度已保存）
wizard-step-copy = 将某个值复制到终端的剪贴板 (OSC 52)…
wizard-what-now = 完成此操作后
wizard-choose = 接下来做什么？
wizard-checklist-overall = Marketo 显示的结果是什么？
wizard-all-green = 全部七项都是绿色对勾
wizard-some-red = 有些项是红色 X
wizard-ask-client-id = 应用程序(客户端) ID
wizard-client-id-note = {"  "}应用程序(客户端) ID 位于应用的“概述 (Overview)”页。它旁边的对象 ID (Object ID) 是另一个 GUID。
wizard-ask-client-secret = 客户端密码的值（隐藏输入）
wizard-secret-shown-once = {"  "}客户端密码的值只在刚创建后显示一次。如果你已经没有该值，请新建一个客户端密码。
wizard-secret-id-refused = 这是一个 GUID：它是机密 ID (Secret ID)，而不是客户端密码的值。请改为复制“值 (Value)”列（如果已不再显示，请新建一个客户端密码）。
wizard-ask-secret-expiry = 客户端密码到期日期（5/1/2027 或 2027-05-01；留空：未知）
wizard-ask-username = 同步用户的 UPN（例如 marketo.sync@contoso.com）
wizard-ask-password = { $username } 的密码（隐藏输入）
wizard-ask-org-url = Dynamics 组织 URL
wizard-org-normalised = {"  "}使用实例 URL { $url }
wizard-discovered-tenant = {"  "}该组织属于租户 { $tenant }。
wizard-realm-managed = {"  "}{ $domain } 是托管域：由 Azure AD 自己验证同步用户的密码。
wizard-realm-federated = {"  "}{ $domain } 是联合域（{ $via }）。Marketo 将密码直接发送给 Azure AD，而 Azure AD 只有在启用密码哈希同步并配置 HRD 策略后才会验证它：
wizard-hrd-in-place = 密码哈希同步和 HRD 策略是否已就绪？
wizard-hrd-wait = 请先完成设置，然后回到这里。
wizard-running-checks = 正在按照 Marketo 的使用方式检查凭据…
wizard-reenter-field = 重新输入{ $field }
wizard-run-again = 再次运行检查
wizard-continue-anyway = 仍然继续（不推荐）
wizard-password-attempts-exhausted =
    密码已被拒绝 { $n } 次。为避免触发 Azure AD 的智能锁定，到此停止：请检查密码（或重置密码），然后运行：
    {"    "}{ $resume }
wizard-locked-out =
    Azure AD 已锁定同步用户（智能锁定）。请立即停止，等待约 30 分钟，然后运行：
    {"    "}{ $resume }
wizard-dynamics-fix-then = 请按上面所示在 Dynamics 中修复此问题，然后
wizard-org-guard-intro =
    这是 Marketo 将要同步的组织：
      友好名称：  { $friendly }
      唯一名称：  { $unique }
      版本：      { $version }
      URL：       { $url }
    首次保存后，Marketo 无法更改组织 URL：组织错误就需要新的 Marketo 订阅。
    {""}
wizard-org-guard-ask = 输入组织的唯一名称（{ $unique }）以确认
wizard-org-guard-mismatch = “{ $typed }”不是“{ $unique }”：Marketo 会被绑定到一个你未确认的组织。
wizard-org-guard-type-again = 重新输入
wizard-org-guard-change-url = 输入其他组织 URL
wizard-saved = 已保存配置文件 { $profile }；客户端密码和密码已存入密钥环。
wizard-marketo-intro = 现在转到 Marketo。dynsync 无法替你在那里点击（Marketo 没有用于此操作的 API），因此它会显示每个步骤，并记录你完成的操作。
wizard-marketo-disable =
    Marketo：管理 (Admin) → 集成 (Integration) → Microsoft Dynamics → 禁用同步 (Disable Sync)。
      同步会暂停，直到最后再次启用；Dynamics 中的更改会保留，之后会补同步。
    {""}
wizard-marketo-edit-credentials =
    Marketo：{ $where } → 编辑 (Edit)（凭据），准确输入：
      用户名 (Username)：           { $username }
      密码 (Password)：             （同步用户的密码）
      客户端 ID (Client ID)：       { $client_id }
      客户端密码 (Client Secret)：  （客户端密码的值）
      Dynamics URL：                { $org_url }
    → 保存 (Save)。
    {""}
wizard-marketo-select-fields =
    Marketo：管理 (Admin) → CRM → Microsoft → 步骤 2：选择要同步的字段 (Step 2: Select Fields to Sync) → 编辑 (Edit) → 选择字段 → 保存 (Save)。
      Marketo 只同步同步用户在 Dynamics 中可以读取的字段。
    {""}
wizard-marketo-validate =
    Marketo：{ $where } → 验证同步设置 (Validate Sync Setup) → 输入 Username、Password、URL（Client ID 和 Secret 同上）→ 下一步 (Next)。
      Marketo 会显示七项，每项为绿色对勾或红色 X。dynsync 的预测：
    { $predicted }
wizard-marketo-enable-first-time =
    Marketo：管理 (Admin) → CRM → Microsoft → 步骤 3：启用同步 (Step 3: Enable Sync) → 编辑 (Edit) → 阅读弹出窗口 → 输入接收通知的电子邮件地址 → 开始同步 (Start Sync)。
      • 首次同步可能需要数小时（大型组织需要数天）；完成后 Marketo 会发送电子邮件。收到该邮件之前，请勿启用自定义实体同步。
      • 如果只想同步部分记录，请在启用之前在 Dynamics 中创建自定义“两个选项”字段 new_synctomkto（No = 不同步）。
    {""}
wizard-marketo-enable-update =
    Marketo：管理 (Admin) → Integration → Microsoft Dynamics → 启用同步 (Enable Sync)。同步将恢复，并补上停用期间的更改。
    {""}
wizard-checklist-item-ask = 在 Marketo 中：“{ $item }”
wizard-green = 绿色对勾
wizard-red = 红色 X
wizard-checklist-all-green = 全部七项均为绿色。
wizard-checklist-fix-then-revalidate = 请按所示修复红色项，然后
wizard-checklist-fixed-revalidate = 已修复：再次检查（dynsync 会重新运行检查，然后请在 Marketo 中再次运行“验证同步设置”）
wizard-enable-override-ask = Marketo 的验证未全部通过。仍然启用同步吗？（会记录在设置状态中）
wizard-copy-which = 复制哪个值？
wizard-copied = 已通过 OSC 52 将{ $what }发送到终端的剪贴板。如果终端忽略 OSC 52（或已将其关闭），则不会复制任何内容：此时请手动输入该值。
wizard-clipboard-cleared = 已请求终端清空剪贴板 (OSC 52)。忽略 OSC 52 的终端从未收到过该机密；保留剪贴板历史记录的终端可能仍会在历史记录中列出它。
wizard-secret-copy-warning = 将机密发送到终端的剪贴板 (OSC 52) 吗？选择“完成”时，dynsync 会请求终端再次清空剪贴板。
wizard-summary =
    完成：{ $profile } 以 { $username } 的身份将 Marketo 连接到 { $org_url }。
      客户端 ID：       { $client_id }
      客户端密码到期：  { $expires }
      随时重新检查：            { $recheck }
      客户端密码或密码更改时：  { $rotate }
    {""}
wizard-finished-already = { $profile } 的设置已于 { $at } 完成。接下来做什么？
wizard-revalidate = 重新验证（dynsync validate --profile）
wizard-start-over = 重新开始
wizard-quit = 退出
wizard-sync-off-warning =
    !!! Marketo 同步已被禁用（自 { $since } 起），且尚未重新启用。
    !!! 完成之前，Marketo 和 Dynamics 之间不会同步任何内容：
    {"    "}{ $resume }
    {""}
wizard-resume-hint =
    进度已保存。继续请运行：
    {"    "}{ $resume }
wizard-demo-resume-hint = 这是演示：其配置文件和进度会被丢弃。再次运行：{ $resume }
wizard-aborted = 已停止。
wizard-no-terminal =
    setup 是交互式的，需要终端。在脚本中请使用 `dynsync validate` 和 `dynsync profile` 命令，
    或者通过 --yes 传入全部输入项（标志以及 DYNSYNC_CLIENT_SECRET / DYNSYNC_PASSWORD），以保存配置文件并将 Marketo 步骤打印为检查清单。
wizard-rotate-show =
    正在轮换 { $profile } 的凭据：
      组织：            { $org_url }
      同步用户：        { $username }
      客户端 ID：       { $client_id }
      客户端密码到期：  { $expires }
      上次验证：        { $last }
    {""}
wizard-rotate-ask-what = 要更改什么？
wizard-rotate-what-secret = 客户端密码（已经或将要创建新的客户端密码）
wizard-rotate-what-password = 同步用户的密码
wizard-rotate-new-secret-steps =
    在旧客户端密码旁新建一个客户端密码（Azure 允许同时存在多个；暂时不要删除旧的）：
    {"  "}{ $portal }
      证书和密码 (Certificates & secrets) → 新客户端密码 (New client secret) → 填写说明并选择有效期 → 添加 (Add) → 立即复制其值 (Value)。
    {""}
wizard-rotate-ask-new-password = { $username } 的新密码（隐藏输入）
wizard-rotate-checking = 在 Marketo 中做任何更改之前，先检查新值（已存储的值保持不变）…
wizard-rotate-replicating = Azure AD 尚未识别新的客户端密码（新密码需要一点时间来复制）。{ $secs } 秒后重试（第 { $n } 次，共 { $max } 次）…
wizard-rotate-replication-gave-up =
    尝试 { $n } 次后，新的客户端密码仍被拒绝。如果你复制的是此应用某个客户端密码的值（而不是机密 ID），请等待几分钟，然后运行以下命令（未做任何更改）：
    {"    "}{ $resume }
wizard-rotate-new-failed =
    新值未通过检查：未做任何更改（密钥环保留旧值）。请修正后运行以下命令，或重新开始：
    {"    "}{ $resume }
wizard-rotate-edit-credentials =
    Marketo：管理 (Admin) → Integration → Microsoft Dynamics → 编辑 (Edit)（凭据）→ 只将{ $field }替换为新值 → 保存 (Save)。
      其他字段保持不变。
    {""}
wizard-rotate-done = { $profile } 的新{ $what }已存入密钥环；配置文件已记录此更改。
wizard-rotate-delete-old =
    现在在门户中删除旧的客户端密码（证书和密码 (Certificates & secrets) → 旧的客户端密码 → 删除 (Delete)）：
    {"  "}{ $portal }
      如果其他系统仍在使用它，也可以暂时保留一段时间，但不要超过其到期日期。
    {""}
wizard-rotate-no-terminal = rotate 需要终端来引导 Marketo 步骤；没有终端时，请将 --marketo-done（Marketo 中已是新值）与 --secrets-stdin 一起传入。
wizard-rotate-marketo-done-note = --marketo-done：Marketo 中已是新值（由操作员更改）；dynsync 会检查它，并更新密钥环和配置文件。
wizard-unfinished-exists = 存在 { $profile } 的未完成设置（上次进行到：{ $reached }）。是否继续？
wizard-resuming = 继续 { $profile } 的设置（上次进行到：{ $reached }）。
wizard-org-confirm-unreadable = { $url } 是 Marketo 要同步的组织吗？此设置以后无法更改。
wizard-when-marketo-done = 完成 Marketo 步骤后：dynsync validate --profile { $profile }
wizard-rotate-old-kept = 密钥环中仍是旧值；新值在一个待定条目中等待。
wizard-which-profile = 哪个配置文件？
wizard-checking-new = 正在检查新值
wizard-checking-heading = 正在以 { $username } 的身份检查 { $org }
wizard-fix-label = 修复
wizard-where-first-time = 管理 (Admin) → CRM → Microsoft → 步骤 1：输入凭据 (Step 1: Enter Credentials)
wizard-where-update = 管理 (Admin) → Integration → Microsoft Dynamics
wizard-label-username = 用户名 (Username)
wizard-label-password = 密码 (Password)（机密）
wizard-label-client-id = 客户端 ID (Client ID)
wizard-label-client-secret = 客户端密码 (Client Secret)（机密）
wizard-label-org-url = Dynamics URL
wizard-label-new-client-secret = 新客户端密码 (New Client Secret)（机密）
wizard-label-new-password = 新密码 (New Password)（机密）
wizard-field-client-secret = 客户端密码 (Client Secret)
wizard-field-password = 密码 (Password)
wizard-marketo-differs = {"  "}dynsync 对此项的检查均已通过，因此 Marketo 中保存的值可能与此处检查的不同：请重新准确输入（编辑凭据 → 保存 (Save)），然后再次验证。
wizard-note-existing-app = 使用了现有的应用注册
wizard-note-registered-app = 已在 Azure 门户中注册应用（引导式）
wizard-note-stopped = 管理员已停止
wizard-note-credentials = 已输入客户端 ID { $client_id } 和客户端密码（未记录）
wizard-note-checklist-printed = 已将 Marketo 步骤打印为检查清单（--yes）
wizard-note-marketo-step = Marketo：{ $step }{ $override }
wizard-note-red-x = Marketo 验证：“{ $item }”为红色 X
wizard-note-revalidated-marketo = 已用 dynsync 重新验证：{ $outcome }
wizard-note-org-yes = 已通过 --confirm-org 确认组织：{ $url }（{ $unique }）
wizard-note-org-explicit = 已明确确认组织（无法读取详细信息）：{ $url }
wizard-note-org-typed = 已通过唯一名称确认组织：{ $url }（{ $unique }）
wizard-note-org-mismatch = 组织确认：输入的是“{ $typed }”，与 { $unique } 不符
wizard-note-preflight-passed = 预检：所有检查均已通过
wizard-note-preflight-failed = 预检：{ $check } 失败 — { $summary }
wizard-note-too-many-passwords = 已停止：密码被拒绝次数过多
wizard-note-continued-anyway = 尽管 { $check } 失败仍继续（管理员的选择）
wizard-note-revalidated = 已重新验证：{ $outcome }
wizard-note-saved = 已保存配置文件 { $profile } 及其两个密钥环条目
wizard-note-finished = 设置已完成
wizard-note-sync-user = 已输入同步用户 { $username } 和组织 URL { $org }
wizard-note-federated = { $domain } 是联合域：已说明 HRD 策略和密码哈希同步
wizard-note-hrd-confirmed = 管理员已确认 HRD 策略和密码哈希同步均已就绪
wizard-note-resumed-setup = 继续了 { $profile } 的设置（上次进行到：{ $reached }）
wizard-note-started = 开始设置 { $profile }（路径：{ $path }）
wizard-note-resumed-rotation = 继续了 { $profile } 的轮换
wizard-note-marketo-done = Marketo 中已是新值（--marketo-done）
wizard-note-replaced = 已替换密钥环中的{ $what }
wizard-note-new-secret = 已获取新的客户端密码（未记录）
wizard-note-new-password = 已获取新密码（未记录）
wizard-note-refused-every-try = 新的客户端密码每次尝试都被拒绝
wizard-note-new-failed = 新值未通过检查；未做任何更改
wizard-note-new-passed = 新值通过了所有检查
wizard-note-override = （强制：验证未全部通过）
wizard-note-all-passed = 全部通过
wizard-note-still-failing = 仍然失败：{ $checks }
wizard-note-passed = 通过
wizard-note-failed = 失败

## Values, fallbacks and refusals.

wizard-unknown-value = （未知）
wizard-the-sync-user = 同步用户
wizard-the-org = 组织
wizard-the-start = 开始
wizard-a-federation-service = 联合身份验证服务
# The secret's expiry date and the days left ($days is a number, negative once expired).
wizard-expires-in-days = { $date }（{ $days } 天）
wizard-expiry-unknown = 未知
wizard-expiry-unknown-hint = 未知（dynsync profile set { $profile } --secret-expires YYYY-MM-DD）
# $outcome is wizard-note-passed or wizard-note-failed; $at a local time (with its UTC offset).
wizard-last-validation = 于 { $at } { $outcome }
wizard-last-validation-never = 从未
wizard-what-client-secret = 客户端密码
wizard-what-password = 密码
wizard-ask-tenant = 租户 ID 或域（留空：自动发现）
# $label is the prompt that could not be shown.
wizard-no-terminal-flag = { $label }：请传入 --{ $flag }（没有可用于提示的终端）
wizard-no-terminal-env = { $label }：请设置 { $env }（没有可用于提示的终端）
wizard-no-terminal-path = 请传入 --path first-time 或 --path update（没有可用于提示的终端）
# $value is the input as typed, in quotes.
wizard-nothing-changed = { $problem }；未做任何更改
wizard-transcript-failed = 无法写入操作记录 { $path }：{ $error }
wizard-no-setup-to-resume = 没有可继续的未完成设置；请用 `dynsync setup` 开始
wizard-no-setup-of = 没有可继续的 { $profile } 设置
wizard-no-rotation-to-resume = 没有可继续的未完成轮换
wizard-no-rotation-of = 没有可继续的 { $profile } 轮换
wizard-no-profiles = 没有配置文件：请先运行 `dynsync setup`
wizard-pass-profile = 请传入 --profile NAME
wizard-pass-what = 请传入 --what client-secret|password
wizard-not-a-checkpoint = { $path } 不是 dynsync 设置检查点（{ $error }）；该文件未被改动
wizard-newer-checkpoint = { $path } 由更新版本的 dynsync 写入；请升级 dynsync
# In place of the predicted checklist when there is no report yet.
wizard-run-checks-first = （请先运行检查）

# A setup reached the save step without a secret it should hold (resumed from a stop).
wizard-no-secret-to-save = 没有可保存的客户端密码
wizard-no-password-to-save = 没有可保存的密码
# The new value typed for a rotation is the current one.
wizard-rotate-same-secret = 这是当前的客户端密码，而不是新的：请在门户中在它旁边新建一个客户端密码（证书和密码 (Certificates & secrets) → 新客户端密码 (New client secret)），然后输入新密码的值；未做任何更改
wizard-rotate-same-password = 这是当前的密码，而不是新的：请先更改同步用户的密码，然后输入新密码；未做任何更改
# Past a red X in Marketo's checklist, on purpose.
wizard-checklist-continue-anyway = 仍然继续（会记录下来：启用同步将被视为强制操作）
wizard-checklist-continue-word = continue
wizard-checklist-continue-confirm = Marketo 显示红色 X：同步可能会失败。输入 { $word } 以仍然继续
wizard-checklist-continue-not-confirmed = 未确认：没有跳过任何内容。
wizard-note-continued-past-red-x = 在 Marketo 显示红色 X 的情况下继续（已输入确认）：{ $items }
# A setup resumed between the checks and the save (stopped at the org guard, say).
wizard-check-again-before-saving = 机密从不在两次运行之间保留：在保存任何内容之前重新运行检查（检查结果也会为组织确认提供组织名称）。
# The first line a run writes to its transcript (Markdown).
wizard-transcript-header = ## dynsync { $version }：{ $profile }（{ $org }）的 { $what }，开始于 { $at }

## The transcript's name of a connection path (wizard-note-started's $path)

wizard-note-path-first-time = 首次连接
wizard-note-path-update = 更新现有连接

## The transcript of a run that passed with warnings. $warnings is a number; $checks the ids of
## the checks that warned, joined by ", ".

wizard-note-passed-with-warnings = 通过，有 { $warnings } 个警告（{ $checks }）
wizard-note-preflight-passed-with-warnings = 预检：通过，有 { $warnings } 个警告（{ $checks }）
wizard-note-new-passed-with-warnings = 新值已通过检查，有 { $warnings } 个警告（{ $checks }）

## The heading of each step, with where it stands in the list. $n and $total are numbers; $step
## is the step's id (welcome, app_registration, …); $title a Marketo step's name.

wizard-step-heading = ── 第 { $n } 步（共 { $total } 步）：{ $name } ──
# A step's name by its id.
wizard-step-name =
    { $step ->
        [welcome] 欢迎和配置文件
        [app_registration] 应用注册
        [credentials] 客户端 ID 和客户端密码
        [sync_user] 同步用户和组织
        [preflight] 预检
        [org_guard] 组织 URL 确认
        [save] 保存
        [marketo] Marketo
        [summary] 摘要
       *[other] { $step }
    }
wizard-marketo-step-heading = ── Marketo，第 { $n } 步（共 { $total } 步）：{ $title } ──

## Where Marketo's Dynamics page is: before the first sync under CRM, afterwards under Integration.

wizard-marketo-place-first-time = 管理 (Admin) → CRM → Microsoft
wizard-marketo-place-update = 管理 (Admin) → Integration → Microsoft Dynamics
# In place of the predicted checklist in a resumed rotation (its new value is not sent again).
wizard-passed-before-stop = （新值在停止之前已通过 dynsync 的检查，因此 Marketo 应显示七个绿色对勾）
# A date typed in the portal's M/D/YYYY form, read back so a day-first reading is caught.
wizard-expiry-read-as = {"  "}解读为 { $date }（年-月-日）。

## setup --yes (no terminal): the org guard's name from --confirm-org, and only what was done
## called done.

wizard-confirm-org-missing = 使用 --yes 时必须提供 --confirm-org UNIQUE_NAME：它相当于在组织确认步骤中输入组织的唯一名称（之后无法在 Marketo 中更改组织 URL）。运行 `dynsync validate` 可查看组织的唯一名称。
wizard-confirm-org-mismatch = --confirm-org { $given } 不是 { $url } 处组织的唯一名称（该名称为 { $unique }）：未保存任何内容。请检查组织 URL；如果这正是 Marketo 要同步的组织，请传入 --confirm-org { $unique }。
wizard-confirm-org-unreadable = 无法检查 --confirm-org：无法读取 { $url } 处组织的唯一名称（请参阅 dynamics.organization 检查）。请在终端上运行 `dynsync setup` 以明确确认组织；未保存任何内容。
wizard-marketo-intro-checklist = 以下步骤仍需在 Marketo 中手动完成（dynsync 无法在那里点击，且没有终端时也无法等待你）：每完成一步就勾选一步。
wizard-summary-checked =
    已检查并保存：完成上述 Marketo 步骤后（目前尚未完成），{ $profile } 将以 { $username } 的身份将 Marketo 连接到 { $org_url }。
      客户端 ID：       { $client_id }
      客户端密码到期：  { $expires }
      客户端密码或密码更改时：  { $rotate }
    {""}

## A demo that keeps its progress until it completes (in a "demo-setup" directory beside the
## profiles), so a stop can be rehearsed.

wizard-welcome-continue-demo-kept =
    这是演示：它会保留进度直到完成，因此你可以演练停止 (Ctrl-C)，然后用以下命令继续：
    {"    "}{ $resume }
# Before the path is asked: where Marketo shows the connection in each case.
wizard-path-where = {"  "}首次连接时，Marketo 在“管理 (Admin) → CRM → Microsoft”下显示该连接；同步过一次之后，则在“管理 (Admin) → Integration → Microsoft Dynamics”下显示。
# setup --demo --resume when the demo kept nothing to resume.
wizard-no-demo-to-resume = 没有可继续的已停止演示；请用 `dynsync setup --demo` 开始一个演示
## Server-to-Server (S2S): the application user instead of a sync user, Marketo's "Web API"
## connection, and the switch of an existing connection (Adobe's "Reconfigure Dynamics
## Authentication Method"), with the 15 minutes Marketo needs after Switch (issue 14).

# $auth is password or s2s.
wizard-note-auth = 登录方式：{ $auth }
# Asked after the path, when --auth was not given.
wizard-ask-auth = Marketo 将如何登录 Dynamics？
wizard-auth-password = 使用有许可证的同步用户及其密码（Marketo 的默认方式）
wizard-auth-s2s = 服务器到服务器 (S2S)：应用作为 Dataverse 应用程序用户，无需密码（强制实施多重身份验证 (MFA) 或条件访问时推荐）
wizard-reconfigure-note = 这会将现有连接切换为 S2S：在 Marketo 中即“重新配置 Dynamics 身份验证方法 (Reconfigure Dynamics Authentication Method)”，期间同步处于禁用状态，并且在切换 (Switch) 后需等待 15 分钟才能重新启用同步。
wizard-ask-app-user-email = 应用程序用户的电子邮件地址（S2S 时 Marketo 的 Username，例如 marketo-app@contoso.com）
# $client_id is the app's client ID; $email the application user's email.
wizard-app-user-steps =
    应用程序用户 (Dynamics)，如果尚不存在：
      1. Power Platform 管理中心 → 环境 (Environments) → 该环境 → 设置 (Settings) → 用户 + 权限 (Users + permissions) → 应用程序用户 (Application users) → 新建应用用户 (New app user)。
      2. 添加应用 (Add an app) → 应用 { $client_id } → 业务部门（根业务部门）→ 创建 (Create)。
      3. 编辑安全角色 (Edit security roles) → “Marketo Sync User” → 保存 (Save)；为其设置电子邮件 { $email }。
      4. Dynamics → 设置 (Settings) → Marketo Config → Default → Marketo User：选择应用程序用户 → 保存 (Save)。
    或者，保存配置文件后，让 dynsync 使用 Dynamics 管理员的登录完成第 1–4 步：
        dynsync fix --profile { $profile }
wizard-note-app-user = { $org } 的应用程序用户 { $email }
wizard-marketo-edit-credentials-s2s =
    Marketo：{ $where } → 编辑 (Edit)（凭据），选择 Web API (Server to Server) 并准确输入：
      用户名 (Username)：           { $username }（应用程序用户的电子邮件）
      客户端 ID (Client ID)：       { $client_id }
      客户端密码 (Client Secret)：  （客户端密码的值）
      租户 ID (Tenant ID)：         { $tenant }
      URL：                         { $org_url }
    → 保存 (Save)。
wizard-marketo-reconfigure =
    Marketo：管理 (Admin) → Microsoft Dynamics → 重新配置新的身份验证方法 (Reconfigure New Auth Method) → 选择 Web API，并重新输入所有凭据：
      用户名 (Username)：           { $username }（应用程序用户的电子邮件）
      客户端 ID (Client ID)：       { $client_id }
      客户端密码 (Client Secret)：  （客户端密码的值）
      租户 ID (Tenant ID)：         { $tenant }
      URL：                         { $org_url }
    → 验证 (Validate)（全部为绿色）→ 切换 (Switch) → 确认 (Confirm) → 确认 (Confirm) → 确定 (OK)。
    之后 Marketo 需要 15 分钟才能接受新方法：dynsync 从你在此处选择“完成”时开始计时。
wizard-marketo-wait-switch = 切换 (Switch) 后等待 15 分钟再重新启用同步（Marketo 需要这段时间来接受新的身份验证方法）。
# $minutes left, $until the time (UTC) the wait ends.
wizard-switch-waiting = Marketo 在切换 (Switch) 15 分钟后接受新的身份验证方法：还剩 { $minutes } 分钟，直到 { $until } UTC。（现在停止的话，`--resume` 会继续等待。）
wizard-switch-wait-over = 切换 (Switch) 后的 15 分钟已过：可以启用同步了。
wizard-note-switch-waited = 已在切换 (Switch) 后等待 15 分钟
wizard-label-tenant-id = 租户 ID (Tenant ID)
wizard-label-app-user-email = 用户名 (Username)（应用程序用户的电子邮件）
wizard-rotate-s2s-no-password = 此配置文件使用 S2S（应用程序用户）登录：它没有可轮换的密码，只有客户端密码 (--what client-secret)。
wizard-fix-for-me = 帮我修复（以 Dynamics 管理员身份登录）
# $applied and $failed are counts of changes.
wizard-note-fixed-for-me = 已使用 Dynamics 管理员的登录修复：进行了 { $applied } 项更改，{ $failed } 项被拒绝

## Setup's "Create it for me": the app registration done through Microsoft Graph (src/wizard/steps/app_registration.rs)

wizard-how-register = 应如何创建应用注册？
wizard-create-for-me = 帮我创建（以 Azure 管理员身份登录）
wizard-guide-in-portal = 引导我在 Azure 门户中完成
wizard-create-for-me-intro = 由 Azure 管理员（应用程序管理员或云应用程序管理员）登录，仅用于本次运行；然后 dynsync 注册应用及其服务主体、授予管理员同意，并将新客户端密码直接存入密钥环。无需输入任何内容，客户端密码也绝不会显示。
wizard-note-app-created = 已通过 Graph 创建应用注册：客户端 ID { $client_id }，客户端密码 { $expires } 到期
wizard-made-secret-used = 已从刚创建的应用填入客户端 ID { $client_id } 和新客户端密码（在密钥环中，从不显示）。

## rotate --create-secret: what becomes of the old client secret (src/wizard/rotate/finish.rs)

# $key_id the old secret's key id (Secret ID); $confirm "yes" when dynsync asks before removing it, "no" with --remove-old.
wizard-rotate-old-removed-next =
    { $confirm ->
        [yes] 接下来，dynsync 会在你确认后从应用中删除旧客户端密码 { $key_id }：无需在门户中删除任何内容。
       *[no] 接下来，dynsync 会从应用中删除旧客户端密码 { $key_id }（--remove-old）：无需在门户中删除任何内容。
    }

## Setup's "Create it for me", resumed: what the checkpoint records is not made again (src/wizard/steps/app_registration.rs)

# $org the org URL the registration was started for.
wizard-registration-continued = 正在继续 dynsync 为 { $org } 开始的应用注册：检查点中记录为已创建的内容既不会重新创建，也不会再次向 Graph 请求。
# $client_id the app's Application (client) ID.
wizard-registration-recorded = 应用注册已创建并已记录（客户端 ID { $client_id }；其客户端密码在密钥环中）：无需管理员登录。

## Marketo's credentials screen after "Create it for me": the secret dynsync made was never shown.

wizard-marketo-secret-never-shown = 客户端密码的值由 dynsync 创建，从未显示过：请选择“{ wizard-step-copy }”→ 客户端密码 (Client Secret)，将其发送到终端的剪贴板，然后粘贴到 Marketo 中。
