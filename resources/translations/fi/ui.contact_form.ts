<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ContactForm</name>
    <message>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Titteli:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>S&amp;ähköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone / mobile:</source>
        <translation>&amp;Puhelin / matkapuhelin:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>Postal code, &amp;city:</source>
        <translation>Postinumero, &amp;kaupunki:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Verkkosivut:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn:</source>
        <translation>Lin&amp;kedIn:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>1234567-8</source>
        <translation>1234567-8</translation>
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
        <source>Customer since:</source>
        <translation>Asiakas alkaen:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Lawful &amp;basis:</source>
        <translation>Käsittely&amp;peruste:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Suostumus:</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Purchased list:</source>
        <translation>Ostolista:</translation>
    </message>
    <message>
        <source>Obtained from a purchased list</source>
        <translation>Saatu ostetulta listalta</translation>
    </message>
    <message>
        <source>Informed (art. 14):</source>
        <translation>Informoitu (14 art.):</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informoitu</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mahdolliset kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Open e&amp;xisting</source>
        <translation>Avaa &amp;olemassa oleva</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Yhdistä…</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>New &amp;lead</source>
        <translation>Uusi &amp;liidi</translation>
    </message>
    <message>
        <source>Record a person or company this contact referred to you</source>
        <translation>Kirjaa henkilö tai yritys, jonka tämä yhteyshenkilö suositteli sinulle</translation>
    </message>
    <message>
        <source>A&amp;dd a referral…</source>
        <translation>Lisää s&amp;uosittelu…</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>Tehdyt suosittelut</translation>
    </message>
    <message>
        <source>E&amp;xport data…</source>
        <translation>&amp;Vie tiedot…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Poista henkilön tiedot…</translation>
    </message>
</context>
</TS>
