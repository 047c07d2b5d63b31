<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>ACTION</source>
        <translation>TOIMINTO</translation>
    </message>
    <message>
        <source>list the team members</source>
        <translation>näytä myyjät</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>add a team member</source>
        <translation>lisää myyjä</translation>
    </message>
    <message>
        <source>full name, e.g. &quot;Anna Virtanen&quot;</source>
        <translation>koko nimi, esim. &quot;Anna Virtanen&quot;</translation>
    </message>
    <message>
        <source>this is me (on this computer)</source>
        <translation>tämä olen minä (tällä tietokoneella)</translation>
    </message>
    <message>
        <source>rename a team member</source>
        <translation>nimeä myyjä uudelleen</translation>
    </message>
    <message>
        <source>name or initials</source>
        <translation>nimi tai nimikirjaimet</translation>
    </message>
    <message>
        <source>change a team member&apos;s initials, colour or login</source>
        <translation>muuta myyjän nimikirjaimia, väriä tai tunnusta</translation>
    </message>
    <message>
        <source>deactivate a team member (their leads stay)</source>
        <translation>poista myyjä käytöstä (liidit säilyvät)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>give their open leads and follow-ups to this team member</source>
        <translation>siirrä avoimet liidit ja seurannat tälle myyjälle</translation>
    </message>
    <message>
        <source>make a team member active again</source>
        <translation>ota myyjä taas käyttöön</translation>
    </message>
    <message>
        <source>show or choose who you are on this computer</source>
        <translation>näytä tai valitse, kuka olet tällä tietokoneella</translation>
    </message>
    <message>
        <source>one to four letters, e.g. AV</source>
        <translation>1–4 kirjainta, esim. AV</translation>
    </message>
    <message>
        <source>card colour as #rrggbb</source>
        <translation>kortin väri muodossa #rrggbb</translation>
    </message>
    <message>
        <source>PostgreSQL login (role) of this rep</source>
        <translation>myyjän PostgreSQL-tunnus (rooli)</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>No team members yet: add one with salesdesk owners add NAME --me</source>
        <translation>Myyjiä ei ole vielä: lisää itsesi komennolla salesdesk owners add NIMI --me</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (ei aktiivinen)</translation>
    </message>
    <message>
        <source> — me</source>
        <translation> — minä</translation>
    </message>
    <message>
        <source>{count} open leads</source>
        <translation>{count} avointa liidiä</translation>
    </message>
    <message>
        <source>Added {name} ({initials})</source>
        <translation>Lisätty {name} ({initials})</translation>
    </message>
    <message>
        <source>Renamed {old} to {new}</source>
        <translation>{old} on nyt {new}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Tallennettu: {name}</translation>
    </message>
    <message>
        <source>{name} deactivated; {leads} open leads and {followups} follow-ups go to {to}</source>
        <translation>{name} poistettu käytöstä; {leads} avointa liidiä ja {followups} seurantaa siirtyi myyjälle {to}</translation>
    </message>
    <message>
        <source>{name} deactivated; their leads stay theirs</source>
        <translation>{name} poistettu käytöstä; liidit jäävät hänelle</translation>
    </message>
    <message>
        <source>{name} is active again</source>
        <translation>{name} on taas käytössä</translation>
    </message>
    <message>
        <source>You are {name} on this computer</source>
        <translation>Olet tällä tietokoneella {name}</translation>
    </message>
    <message>
        <source>Nobody is chosen yet: salesdesk owners me NAME</source>
        <translation>Ketään ei ole vielä valittu: salesdesk owners me NIMI</translation>
    </message>
    <message>
        <source>team members: list, add, rename, deactivate</source>
        <translation>myyjät: näytä, lisää, nimeä, poista käytöstä</translation>
    </message>
</context>
</TS>
