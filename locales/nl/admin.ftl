# The Azure admin's sign-in (src/admin/): the browser flow and the device code flow.

admin-signed-in = Aangemeld bij Azure als { $user } (alleen voor deze run: de tokens van de beheerder blijven in het geheugen en worden nooit opgeslagen).
admin-no-refresh-token = Azure AD gaf bij de aanmelding geen vernieuwingstoken, dus zonder opnieuw aan te melden is er geen token voor een andere resource te krijgen. Voer de opdracht opnieuw uit.
admin-sign-in-refused = Azure AD heeft de aanmelding van de beheerder geweigerd: { $detail }
admin-device-code = Om u aan te melden als Azure-beheerder opent u { $url } in een browser op een willekeurig apparaat en voert u de code { $code } in (geldig gedurende { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }). Bezig met wachten…
admin-demo-approves = demotenant: de gesimuleerde beheerder keurt de code goed
admin-device-declined = De aanmelding is geweigerd op de pagina voor de apparaatcode; er is niets gewijzigd. Voer de opdracht opnieuw uit om u aan te melden.
admin-device-expired = De apparaatcode is verlopen voordat de aanmelding was voltooid; er is niets gewijzigd. Voer de opdracht opnieuw uit voor een nieuwe code.
admin-browser-opening = De browser wordt geopend voor de aanmelding van de Azure-beheerder…
admin-browser-url = Als de browser niet opent, ga dan naar: { $url }
admin-browser-not-opened = Hier kon geen browser worden geopend. Open het adres hierboven op deze computer, of voer de opdracht opnieuw uit met --device-code om u vanaf een ander apparaat aan te melden.
admin-browser-timeout = De aanmelding in de browser is niet op tijd voltooid; er is niets gewijzigd. Voer de opdracht opnieuw uit (met --device-code om u vanaf een ander apparaat aan te melden).
admin-browser-state-mismatch = Het aanmeldingsantwoord dat dynsync heeft bereikt, hoort niet bij deze aanmelding (de state komt niet overeen), dus het is geweigerd. Meld u opnieuw aan via het adres dat dynsync heeft afgedrukt.
admin-browser-page-done = U bent aangemeld. U kunt dit tabblad sluiten en teruggaan naar dynsync.
admin-browser-page-failed = De aanmelding is niet voltooid. Ga terug naar dynsync om te zien waarom.
admin-client-id-not-guid = --admin-client-id / DYNSYNC_ADMIN_CLIENT_ID: { $value } is geen GUID. Geef de toepassings-id (client) op van een openbare client die in uw tenant is geregistreerd, of laat de optie weg om u aan te melden met die van de Azure CLI.
admin-graph-host-invalid = --graph-host / DYNSYNC_GRAPH_HOST: { $value } is geen basis-URL van Graph. Geef https://HOST op (gewoon http alleen voor loopback), zonder pad, query of referenties.
