<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ReferredByDialog</name>
    <message>
        <source>Referred by</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Liidi:</translation>
    </message>
    <message>
        <source>Start typing the lead&apos;s title or contact</source>
        <translation>Ala kirjoittaa liidin otsikkoa tai yhteystietoa</translation>
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
        <source>Referral &amp;date:</source>
        <translation>Suosittelupäi&amp;vä:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
    <message>
        <source>Set the lead&apos;s source to &quot;Referral from a customer&quot;</source>
        <translation>Aseta liidin lähteeksi &quot;Asiakkaan suosittelu&quot;</translation>
    </message>
</context>
</TS>
