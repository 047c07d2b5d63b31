<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Validation</name>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Tämä ei näytä puhelinnumerolta.</translation>
    </message>
    <message>
        <source>The phone number has too few or too many digits.</source>
        <translation>Puhelinnumerossa on liian vähän tai liian monta numeroa.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>Tällaista puhelinnumeroa ei ole.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Tämä ei ole kelvollinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Tämä ei ole kelvollinen verkko-osoite.</translation>
    </message>
    <message>
        <source>This is not a LinkedIn address.</source>
        <translation>Tämä ei ole LinkedIn-osoite.</translation>
    </message>
    <message>
        <source>A business ID is written as 1234567-8.</source>
        <translation>Y-tunnus kirjoitetaan muodossa 1234567-8.</translation>
    </message>
    <message>
        <source>The check digit of this business ID is wrong.</source>
        <translation>Y-tunnuksen tarkistusnumero on väärä.</translation>
    </message>
</context>
</TS>
