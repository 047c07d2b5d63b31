<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ThanksDialog</name>
    <message>
        <source>Thank-you and reward</source>
        <translation>Kiitos ja palkkio</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>&amp;What was given:</source>
        <translation>Mitä &amp;annettiin:</translation>
    </message>
    <message>
        <source>e.g. a gift card, a bottle of wine, a discount</source>
        <translation>esim. lahjakortti, viinipullo, alennus</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
</context>
</TS>
