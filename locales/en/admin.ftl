# The Azure admin's sign-in (src/admin/): the browser flow and the device code flow.

admin-signed-in = Signed in to Azure as { $user } (for this run only: the admin's tokens are kept in memory, never stored).
admin-no-refresh-token = Azure AD gave no refresh token at sign-in, so no token for another resource can be had without signing in again. Run the command again.
admin-sign-in-refused = Azure AD refused the admin sign-in: { $detail }
admin-device-code = To sign in as an Azure admin, open { $url } in a browser on any device and enter the code { $code } (valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }). Waiting…
admin-demo-approves = demo tenant: the simulated admin approves the code
admin-device-declined = The sign-in was declined at the device code page; nothing was changed. Run the command again to sign in.
admin-device-expired = The device code expired before the sign-in was finished; nothing was changed. Run the command again for a new code.
admin-browser-opening = Opening the browser for the Azure admin's sign-in…
admin-browser-url = If the browser does not open, go to: { $url }
admin-browser-not-opened = No browser could be opened here. Open the address above on this machine, or run again with --device-code to sign in from another device.
admin-browser-timeout = The browser sign-in was not finished in time; nothing was changed. Run again (with --device-code to sign in from another device).
admin-browser-state-mismatch = The sign-in answer that reached dynsync does not belong to this sign-in (its state does not match), so it was refused. Sign in again from the address dynsync printed.
admin-browser-page-done = Signed in. You can close this tab and go back to dynsync.
admin-browser-page-failed = The sign-in did not complete. Go back to dynsync to see why.
admin-client-id-not-guid = --admin-client-id / DYNSYNC_ADMIN_CLIENT_ID: { $value } is not a GUID. Pass the application (client) ID of a public client registered in your tenant, or leave it out to sign in with the Azure CLI's.
admin-graph-host-invalid = --graph-host / DYNSYNC_GRAPH_HOST: { $value } is not a Graph base URL. Pass https://HOST (plain http only for loopback), with no path, query or credentials.
