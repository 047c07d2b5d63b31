<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Kuuma</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Lämmin</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kylmä</translation>
    </message>
    <message>
        <source>Referral from a customer</source>
        <translation>Asiakkaan suosittelu</translation>
    </message>
    <message>
        <source>Trade show / fair</source>
        <translation>Messut</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Ostettu lista</translation>
    </message>
    <message>
        <source>Website visit</source>
        <translation>Verkkosivukäynti</translation>
    </message>
    <message>
        <source>Inbound content</source>
        <translation>Sisältömarkkinointi</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail campaign</source>
        <translation>Sähköpostikampanja</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiaalinen media</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaari</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Verkostoituminen</translation>
    </message>
    <message>
        <source>Advertising / direct response</source>
        <translation>Mainonta / suoramarkkinointi</translation>
    </message>
    <message>
        <source>Existing customer (upsell)</source>
        <translation>Nykyinen asiakas (lisämyynti)</translation>
    </message>
    <message>
        <source>Revived lost deal</source>
        <translation>Herätetty hävitty kauppa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Soitto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ei toistu</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>N päivän välein</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>N viikon välein</translation>
    </message>
    <message>
        <source>Every N months</source>
        <translation>N kuukauden välein</translation>
    </message>
    <message>
        <source>Every working day</source>
        <translation>Joka arkipäivä</translation>
    </message>
    <message>
        <source>Not thanked</source>
        <translation>Kiittämättä</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Kiitetty</translation>
    </message>
    <message>
        <source>Rewarded</source>
        <translation>Palkittu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Oikeutettu etu</translation>
    </message>
    <message>
        <source>No buying intent (disqualified)</source>
        <translation>Ei ostoaikomusta (karsittu)</translation>
    </message>
    <message>
        <source>Bought from a competitor</source>
        <translation>Osti kilpailijalta</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Ei budjettia</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Ei vastausta</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Ajoitus</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspekti</translation>
    </message>
    <message>
        <source>Marketing-qualified</source>
        <translation>Markkinointivalmis (MQL)</translation>
    </message>
    <message>
        <source>Sales-qualified</source>
        <translation>Myyntivalmis (SQL)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Tarjous</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Neuvottelu</translation>
    </message>
</context>
</TS>
