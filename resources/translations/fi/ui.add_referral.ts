<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AddReferralDialog</name>
    <message>
        <source>Add a referral</source>
        <translation>Lisää suosittelu</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Suo&amp;sittelija:</translation>
    </message>
    <message>
        <source>Start typing a customer&apos;s name or e-mail</source>
        <translation>Ala kirjoittaa asiakkaan nimeä tai sähköpostia</translation>
    </message>
    <message>
        <source>Referred person</source>
        <translation>Suositeltu henkilö</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Etu- ja sukunimi</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valinnainen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Lead &amp;title:</source>
        <translation>Liidin &amp;otsikko:</translation>
    </message>
    <message>
        <source>What might they buy?</source>
        <translation>Mitä asiakas voisi ostaa?</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>&amp;Arvioitu arvo:</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Referral &amp;date:</source>
        <translation>Suosittelupäi&amp;vä:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
</context>
</TS>
