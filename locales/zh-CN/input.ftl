### input

# The input rules (src/input.rs, src/connection.rs): what is wrong with an input, and how to fix
# it. A rule's message is the problem; its .fix attribute says what to do. Nothing is sent while
# an input breaks a rule. $value is the input as typed, already quoted ("…", with escapes).

## The inputs as the messages name them (src/input.rs: field_label).

input-field-client-id = 客户端 ID
input-field-client-secret = 客户端密码
input-field-username = 同步用户名
input-field-password = 同步用户密码
input-field-org-url = 组织 URL
input-field-tenant = 租户

## Where a missing input can come from (src/input.rs: source_hint).

input-source-client-id = 请传入 --client-id 或设置 DYNSYNC_CLIENT_ID
input-source-username = 请传入 --username 或设置 DYNSYNC_USERNAME
input-source-org-url = 请传入 --org-url 或设置 DYNSYNC_ORG_URL
input-source-tenant = 请传入 --tenant 或设置 DYNSYNC_TENANT
input-source-client-secret = 请设置 DYNSYNC_CLIENT_SECRET，或使用 --secrets-stdin（第 1 行），或在终端中运行以便提示输入
input-source-password = 请设置 DYNSYNC_PASSWORD，或使用 --secrets-stdin（第 2 行），或在终端中运行以便提示输入

# An input nobody gave; $field is its name (input-field-…). The fix is its input-source-… text.
input-missing = 缺少{ $field }

## The sync password.

input-password-empty = 同步用户密码为空
input-password-white-space = 同步用户密码以空白字符开头或结尾，Azure AD 的密码授予不接受这样的密码
    .fix = 请准确输入密码，前后不要带空格或制表符

## The client secret.

input-client-secret-empty = 客户端密码为空
input-client-secret-is-secret-id = 客户端密码看起来是一个 GUID：那是机密 ID (Secret ID)，而不是客户端密码的值 (Value)
    .fix = 在 Azure 门户中（应用注册 (App registrations) → 你的应用 → 证书和密码 (Certificates & secrets)）复制“值 (Value)”列；该值只在创建客户端密码时显示一次，如果已不再显示，请新建一个客户端密码
input-client-secret-white-space = 客户端密码中含有空白字符，而客户端密码的值从不包含空白字符
    .fix = 重新复制该值，前后不要带空格或换行

## The client ID.

input-client-id-not-guid = 客户端 ID { $value } 不是 GUID
    .fix = 请使用应用注册“概述 (Overview)”页上的“应用程序(客户端) ID (Application (client) ID)”，例如 11111111-2222-3333-4444-555555555555

## The sync username.

input-username-domain-user = { $value } 是 DOMAIN\user 形式的名称；针对 Azure AD 的密码授予需要用户主体名称 (UPN)
    .fix = 请使用同步用户的 UPN，例如 marketo.sync@contoso.com（Entra 管理中心 → 用户 (Users) → 该用户 → 用户主体名称 (User principal name)）
input-username-control = 同步用户名中含有控制字符（是否从终端或文档中粘贴而来？）
input-username-not-upn = { $value } 不是用户主体名称（user@domain）
    .fix = 请使用同步用户的 UPN，例如 marketo.sync@contoso.com

## The tenant (--tenant).

input-tenant-not-for-password-grant = 租户 { $value } 不能用于密码授予
    .fix = 请传入目录(租户) ID 或已验证的域（如 contoso.onmicrosoft.com），或者省略 --tenant 以自动发现租户
input-tenant-invalid = 租户 { $value } 既不是 GUID，也不是域
    .fix = 请传入 Entra 管理中心 → 概述 (Overview) 中的目录(租户) ID，或已验证的域

## The org URL (src/input.rs: normalize_org_url). $error is the URL parser's own text.

input-org-url-empty = 组织 URL 为空
input-org-url-not-url = 组织 URL { $value } 不是 URL（{ $error }）
input-org-url-no-host = 组织 URL { $value } 没有主机名
input-org-url-credentials = 组织 URL 中不得包含用户名或密码
input-org-url-http = 组织 URL { $value } 使用的是 http；Dynamics 365 需要 https
# $scheme is quoted, like $value.
input-org-url-scheme = 组织 URL 的协议 { $scheme } 不是 https
# The fix for each of the above.
input-org-url-fix = 请使用环境 URL，例如 https://contoso.crm.dynamics.com（Power Platform 管理中心 → 环境 (Environments) → 环境 URL (Environment URL)）

# What normalising the org URL changed, shown as warnings; the fix is input-org-url-normalised.
input-org-url-api-host = { $host } 是 Web API 主机；改用实例主机 { $instance }
input-org-url-path-dropped = 已从组织 URL 中去掉路径 { $path }
input-org-url-path-ignored = 已忽略路径 { $path }：Dynamics Online 的组织 URL 不带路径
input-org-url-query-dropped = 已从组织 URL 中去掉查询字符串
input-org-url-normalised = dynsync 使用上面显示的实例 URL

input-org-host-unknown = { $host } 不是已知的 Dynamics 365 Online 主机
    .fix = Dynamics Online 的 URL 形如 https://ORG.crmN.dynamics.com；请在 Power Platform 管理中心核对该 URL
# $given and $inferred are cloud names as --cloud takes them (public, usgov, …).
input-cloud-mismatch = 指定了 --cloud { $given }，但组织 URL 属于 { $inferred } 云
    .fix = 请检查组织 URL 和云；登录主机由 --cloud 决定

## The login host (--authority-host; src/input.rs: normalize_authority_host).

input-authority-not-url = 颁发机构主机 { $value } 不是 URL（{ $error }）
input-authority-no-host = 颁发机构主机 { $value } 没有主机名
input-authority-not-https = 颁发机构主机 { $value } 必须使用 https（http 仅限环回地址）
# The fix for each of the above.
input-authority-empty = 颁发机构主机为空
input-authority-userinfo = 颁发机构主机 { $value } 不得包含用户名或密码
input-authority-query = 颁发机构主机 { $value } 不得带查询字符串或片段
input-authority-fix = 请传入基础 URL，例如 https://login.microsoftonline.com

## Other settings.

input-timeout-zero = 超时时间必须至少为 1 秒
    .fix = 请传入 --timeout SECS，且 SECS ≥ 1
input-ca-bundle-missing = CA 证书包 { $path } 不存在或不是文件
    .fix = 请传入 --ca-bundle FILE，指定包含 CA 证书的 PEM 文件；如果某个配置文件保存了该路径（演示租户停止时会删除其 CA），请为该配置文件指定新路径：dynsync profile set NAME --ca-bundle FILE

## Dates (src/input.rs: parse_date).

input-date-invalid = { $value } 不是日期：请使用 YYYY-MM-DD（2027-05-01），或 Azure 门户英文界面显示的 M/D/YYYY 格式（5/1/2027 即 2027 年 5 月 1 日）
