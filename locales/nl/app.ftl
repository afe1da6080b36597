# `dynsync app create` and `dynsync app show` (src/commands/app/).

app-demo-banner = [demo] Een gesimuleerde tenant en een gesimuleerde Azure-beheerder: er wordt niets echts gemaakt of gewijzigd.
app-show-demo-creating = [demo] Eerst wordt de demo-app geregistreerd (zoals `dynsync app create --demo` doet), daarna wordt die getoond.
app-org-url-missing = De organisatie-URL ontbreekt: geef --org-url URL op (of stel DYNSYNC_ORG_URL in), bv. https://contoso.crm.dynamics.com.
app-needs-profile = Geef --profile NAME op: de Waarde (Value) van het nieuwe clientgeheim komt onder dat profiel in de sleutelbos van het besturingssysteem (het profiel wordt gemaakt als het niet bestaat). Of geef --print-secret op om de waarde naar stdout te laten schrijven voor een pipe. Er is niets gemaakt.
app-password-stdin-tty = --password-stdin leest het wachtwoord van de synchronisatiegebruiker uit een pipe, niet uit een terminal: echo … | dynsync app create --password-stdin …, of stel DYNSYNC_PASSWORD in.
app-secret-expires-past = --secret-expires { $date } ligt niet in de toekomst: geef een latere datum op, of --secret-months N.
app-no-tenant = { $org } heeft in de aanmeldingschallenge geen Azure AD-tenant genoemd: geef --tenant ID|DOMAIN op.

app-status-created = gemaakt
app-status-there = al aanwezig
app-status-refused = geweigerd
app-status-created-keyring = gemaakt, de waarde opgeslagen in de sleutelbos van het besturingssysteem (nooit getoond)
app-status-created-printed = gemaakt, de waarde naar stdout geschreven

app-step-dynamics = Service-principal van Dynamics CRM, bereik user_impersonation ({ $scope_id })
app-step-app = Toepassing { $name } (client-id { $client_id })
app-step-sp = Service-principal { $id }
app-step-consent = Beheerderstoestemming: tenantbrede gedelegeerde machtiging user_impersonation voor Dynamics CRM
app-step-secret = Clientgeheim { $key_id } (verloopt { $expires })
app-step-secret-new = Nieuw clientgeheim
app-step-hrd = HRD-beleid (Home Realm Discovery-beleid) { $id } (AllowCloudPasswordValidation)
app-secret-kept-print = Clientgeheim: dat van het profiel staat nog op de app, dus er is geen geheim toegevoegd en niets afgedrukt; geef --new-secret op voor een extra geheim.
app-hrd-policy-name = dynsync: wachtwoordvalidatie in de cloud voor { $name }
app-hrd-conflict = De service-principal heeft al HRD-beleid { $id }, dat geen wachtwoordvalidatie in de cloud toestaat. Het is ongewijzigd gelaten (er kan er maar één worden toegewezen): wijzig de definitie in {"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}"}{"}"} in het Microsoft Entra-beheercentrum (Microsoft Entra admin center) of met Graph, anders blijft Azure AD het wachtwoord van de synchronisatiegebruiker weigeren (AADSTS50126).
app-phs-on = Wachtwoord-hashsynchronisatie staat aan (nodig om het HRD-beleid te laten werken).
app-phs-off = Wachtwoord-hashsynchronisatie staat uit: zonder die synchronisatie kan Azure AD het wachtwoord van een gefedereerde gebruiker niet controleren. Schakel deze in Microsoft Entra Connect in, anders blijft de aanmelding van de synchronisatiegebruiker mislukken.
app-phs-unknown = Ter herinnering: het HRD-beleid werkt alleen als wachtwoord-hashsynchronisatie aan staat (Microsoft Entra Connect); Graph heeft niet gemeld of dat zo is.

app-wait-app-replication = Azure AD heeft de nieuwe app nog niet gerepliceerd
app-wait-signin-replication = de nieuwe referenties zijn nog niet bruikbaar (AADSTS{ $code }, Azure AD is nog aan het repliceren)
app-waiting = { $what }: nieuwe poging over { $secs } s…
app-replication-gave-up = Azure AD heeft de nieuwe app niet binnen { $secs } s zichtbaar gemaakt ({ $detail }). Voer dezelfde opdracht later opnieuw uit: die gaat verder waar hij is gestopt.

app-validate-heading = Validatie met de nieuwe referenties
app-validate-how-profile = Om de nieuwe referenties te controleren zoals Marketo dat doet: dynsync validate --profile { $profile } (het wachtwoord van de synchronisatiegebruiker uit DYNSYNC_PASSWORD, --secrets-stdin of de sleutelbos).
app-validate-how = Om de nieuwe referenties te controleren zoals Marketo dat doet: dynsync validate met --client-id, --username en --org-url (geef hier --username en het wachtwoord op om dat nu te laten doen).

app-op-read = de map lezen (de service-principal van Dynamics CRM, de app)
app-op-app = de app-registratie maken of wijzigen
app-op-sp = de service-principal van de app maken
app-op-consent = tenantbrede beheerderstoestemming verlenen (Dynamics CRM user_impersonation)
app-op-secret = een clientgeheim aan de app toevoegen
app-op-hrd = een HRD-beleid (Home Realm Discovery-beleid) maken of toewijzen
app-role-app-admins = Toepassingsbeheerder (Application Administrator) of Cloudtoepassingsbeheerder (Cloud Application Administrator)
app-role-application-admin = Toepassingsbeheerder (Application Administrator)
app-refused = Microsoft Graph heeft de aangemelde beheerder dit geweigerd: { $operation } ({ $detail }). De maprol die dit toestaat: { $role }. Meld u aan als een beheerder met die rol (of laat die toewijzen in Entra ID → Rollen en beheerders (Roles and administrators)) en voer dan dezelfde opdracht opnieuw uit: wat al bestaat, blijft behouden.
app-graph-refused = Microsoft Graph heeft dit geweigerd: { $operation } (HTTP { $status }, { $detail }).
app-graph-missing = Microsoft Graph kon dit niet uitvoeren: { $operation }: { $detail }
app-secret-lifetime-cap = Het app-beheerbeleid van de tenant heeft de levensduur van het geheim geweigerd: het staat maximaal { $cap } toe (ISO 8601-duur). Geef een kortere --secret-months of een eerdere --secret-expires op. Graph meldde: { $detail }
app-secret-lifetime-policy = Een app-beheerbeleid van de tenant heeft de levensduur van het geheim geweigerd: { $detail } Geef een kortere --secret-months of een eerdere --secret-expires op, of vraag het na bij wie het beleid beheert.

app-show-no-app = Profiel { $profile } heeft geen app-registratie (geen client-id): voer eerst dynsync app create --profile { $profile } uit.
app-show-not-found = De app van profiel { $profile } staat niet in deze tenant (verwijderd, of een andere tenant): voer dynsync app create --profile { $profile } uit om de app opnieuw te registreren.
app-show-permission = API-machtiging: Dynamics CRM user_impersonation (gedelegeerd)
app-show-no-permission = API-machtiging ontbreekt: Dynamics CRM user_impersonation (dynsync app create voegt die toe en behoudt de andere)
app-show-public-client = "Openbare clientstromen toestaan" (Allow public client flows) staat aan: de aanmelding van Marketo wordt geweigerd (AADSTS700025); dynsync app create zet dit uit.
app-show-no-sp = Geen service-principal (bedrijfstoepassing): niemand kan zich bij de app aanmelden; dynsync app create voegt die toe.
app-show-consent = Beheerderstoestemming: tenantbreed verleend voor user_impersonation
app-show-no-consent = Beheerderstoestemming: niet verleend voor user_impersonation (AADSTS65001 bij aanmelding); dynsync app create verleent die.
app-show-hrd = HRD-beleid (Home Realm Discovery-beleid) { $id } (staat wachtwoordvalidatie in de cloud toe: { $allows })
app-show-no-secrets = Geen clientgeheimen op de app.
app-show-secret = Geheim { $key_id } ({ $hint }…) "{ $description }": { $start } → { $end }
app-show-secret-expired = , VERLOPEN
app-show-secret-expiring = , verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
app-show-secret-profile = ; dat van het profiel
app-show-profile-secret-gone = Het clientgeheim van het profiel staat niet meer op de app (verwijderd in de portal?): dynsync app create --profile NAME --new-secret voegt er een toe.
app-show-expiry-corrected = De vastgelegde vervaldatum van het profiel was { $from }; volgens Azure AD is die { $to }: het profiel vermeldt nu { $to }.

## rotate --create-secret (src/commands/app/rotate_secret.rs)

app-rotate-needs-profile = rotate --create-secret vereist --profile NAME: het profiel waarvan de app het nieuwe geheim krijgt.
app-rotate-needs-print = rotate --create-secret zonder terminal is de vorm voor scripts: voeg --print-secret toe (de nieuwe waarde wordt als enige naar stdout geschreven, zodat uw script die in Marketo kan invoeren) en voer daarna rotate --profile NAME --resume --marketo-done [--remove-old] uit. Laat in een terminal --print-secret weg voor de begeleide vorm.
app-rotate-profile-incomplete = Profiel { $profile } heeft geen client-id of geen gebruikersnaam van de synchronisatiegebruiker: voer eerst dynsync app create --profile { $profile } (of dynsync setup) uit.
app-rotate-underway = Er loopt al een rotatie van profiel { $profile } (er wordt een nog niet actief geheim bewaard): voltooi die met dynsync rotate --profile { $profile } --resume, of annuleer die voordat u een nieuwe maakt.
app-rotate-no-password = Het nieuwe geheim wordt gevalideerd voordat het wordt bewaard, en daarvoor is het wachtwoord van de synchronisatiegebruiker nodig: stel DYNSYNC_PASSWORD in of sla het op met dynsync profile store-secret --profile { $profile } password.
app-rotate-created = Nieuw clientgeheim { $key_id } gemaakt; het wordt gevalideerd zoals Marketo zich aanmeldt…
app-rotate-failed-removed = Het nieuwe clientgeheim { $key_id } is niet door de controles gekomen en is daarom weer van de app verwijderd; er is niets gewijzigd (het huidige geheim blijft in gebruik).
app-rotate-pending = Nieuw clientgeheim { $key_id } gevalideerd en als nog niet actief bewaard in de sleutelbos. Voer, zodra het in Marketo is ingevoerd, uit: dynsync rotate --profile { $profile } --resume --marketo-done --remove-old
app-rotate-old-kept = Het oude clientgeheim { $key_id } staat nog op de app: verwijder het wanneer niets het meer gebruikt (dynsync app show --profile { $profile } toont de geheimen).
app-rotate-old-unknown = De sleutel-id van het oude clientgeheim is niet in het profiel vastgelegd, dus dynsync verwijdert niets: verwijder het oude geheim in de portal (nooit een geheim dat het profiel niet noemt).
app-rotate-old-gone = Het oude clientgeheim { $key_id } staat niet meer op de app: er is niets te verwijderen.
app-rotate-old-removed = Het oude clientgeheim { $key_id } is van de app verwijderd.
app-rotate-remove-old-without-create = --remove-old verwijdert het oude geheim van een rotatie die met --create-secret is gestart, en dit profiel heeft er geen die nog loopt. Verwijder een oud geheim in de portal, of begin met rotate --create-secret --print-secret.
app-rotate-demo-creating = [demo] Eerst wordt de demo-app geregistreerd (zoals `dynsync app create --demo` doet), daarna wordt het geheim ervan in de twee scriptfasen geroteerd.
app-rotate-demo-marketo = [demo] Een script zou nu de nieuwe waarde in Marketo invoeren (Admin → Microsoft Dynamics → Referenties bewerken (Edit Credentials)); de demo gaat verder alsof dat is gebeurd: rotate --resume --marketo-done --remove-old.
app-rotate-confirm-remove-old = Marketo gebruikt nu het nieuwe geheim. Het oude clientgeheim { $key_id } nu van de app verwijderen? (Alles wat het nog gebruikt, werkt dan niet meer.)

## rotate --create-secret: the old secret kept because the admin declined its removal (src/commands/app/rotate_secret.rs)

# $key_id the old secret's key id (Secret ID); $portal the app's Certificates & secrets page.
app-rotate-old-kept-declined = U hebt ervoor gekozen het oude clientgeheim { $key_id } te behouden: het staat nog op de app en werkt nog steeds. Verwijder het wanneer niets het meer gebruikt, in de portal (Certificaten en geheimen (Certificates & secrets) → het geheim met geheim-id { $key_id } → Verwijderen (Delete)): { $portal }
