<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LeadForm</name>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakti:</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Avaa kontakti</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Arvo:</translation>
    </message>
    <message>
        <source>&amp;Decision date:</source>
        <translation>&amp;Päätöspäivä:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Tiedossa</translation>
    </message>
    <message>
        <source>Te&amp;mperature:</source>
        <translation>&amp;Lämpötila:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>L&amp;ähde:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>O&amp;mistaja:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;unnisteet:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Suosittelija:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Pisteet:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Lisää &amp;muistiinpano…</translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation>Lisää &amp;seuranta…</translation>
    </message>
    <message>
        <source>&amp;Won…</source>
        <translation>&amp;Voitettu…</translation>
    </message>
    <message>
        <source>&amp;Lost…</source>
        <translation>&amp;Hävitty…</translation>
    </message>
    <message>
        <source>Re&amp;vive</source>
        <translation>He&amp;rätä henkiin</translation>
    </message>
    <message>
        <source>Open contact</source>
        <translation>Avaa kontakti</translation>
    </message>
</context>
</TS>
