# The Azure admin's sign-in (src/admin/): the browser flow and the device code flow.

admin-signed-in = 已以 { $user } 身份登录 Azure（仅限本次运行：管理员的令牌只保存在内存中，绝不存储）。
admin-no-refresh-token = Azure AD 在登录时未提供刷新令牌，因此不重新登录就无法获取其他资源的令牌。请再次运行该命令。
admin-sign-in-refused = Azure AD 拒绝了管理员登录：{ $detail }
admin-device-code = 若要以 Azure 管理员身份登录，请在任意设备的浏览器中打开 { $url } 并输入代码 { $code }（{ $minutes } 分钟内有效）。正在等待…
admin-demo-approves = 演示租户：模拟的管理员批准该代码
admin-device-declined = 登录在设备代码页上被拒绝；未更改任何内容。请再次运行该命令以登录。
admin-device-expired = 设备代码在登录完成之前已过期；未更改任何内容。请再次运行该命令以获取新代码。
admin-browser-opening = 正在打开浏览器以进行 Azure 管理员登录…
admin-browser-url = 如果浏览器未打开，请转到：{ $url }
admin-browser-not-opened = 此处无法打开浏览器。请在本机上打开上面的地址，或使用 --device-code 再次运行，以便从另一台设备登录。
admin-browser-timeout = 浏览器登录未在规定时间内完成；未更改任何内容。请再次运行（使用 --device-code 可从另一台设备登录）。
admin-browser-state-mismatch = 到达 dynsync 的登录应答不属于本次登录（其 state 不匹配），因此已被拒绝。请从 dynsync 输出的地址重新登录。
admin-browser-page-done = 已登录。你可以关闭此标签页并返回 dynsync。
admin-browser-page-failed = 登录未完成。请返回 dynsync 查看原因。
admin-client-id-not-guid = --admin-client-id / DYNSYNC_ADMIN_CLIENT_ID：{ $value } 不是 GUID。请传入在你的租户中注册的公共客户端的应用程序(客户端) ID，或省略此项以使用 Azure CLI 的客户端登录。
admin-graph-host-invalid = --graph-host / DYNSYNC_GRAPH_HOST：{ $value } 不是 Graph 基 URL。请传入 https://HOST（仅环回地址可用纯 http），不带路径、查询或凭据。
