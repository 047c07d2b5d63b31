<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>“{value}” is an error in the spreadsheet, not a value; the cell was left empty</source>
        <extracomment>What a spreadsheet shows in a cell whose formula failed (Excel, LibreOffice).</extracomment>
        <translation>”{value}” on taulukon virhe eikä arvo; solu jätettiin tyhjäksi</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address</source>
        <translation>”{value}” ei ole kelvollinen sähköpostiosoite</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number</source>
        <translation>”{value}” ei ole puhelinnumero</translation>
    </message>
    <message>
        <source>“{value}” was kept as written: it is not a complete phone number</source>
        <translation>”{value}” säilytettiin sellaisenaan: se ei ole täydellinen puhelinnumero</translation>
    </message>
    <message>
        <source>“{value}” was kept as written: check the phone number</source>
        <translation>”{value}” säilytettiin sellaisenaan: tarkista puhelinnumero</translation>
    </message>
    <message>
        <source>“{value}” is not a valid Finnish business ID (Y-tunnus)</source>
        <translation>”{value}” ei ole kelvollinen Y-tunnus</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>”{value}” ei ole päivämäärä</translation>
    </message>
    <message>
        <source>“{value}” is not hot, warm or cold; the temperature was left empty</source>
        <translation>”{value}” ei ole kuuma, lämmin eikä kylmä; lämpötila jätettiin tyhjäksi</translation>
    </message>
    <message>
        <source>{problem}; the value was left empty</source>
        <translation>{problem}; arvo jätettiin tyhjäksi</translation>
    </message>
</context>
</TS>
