#!/usr/bin/python3
"""Makes the Word documents the importer's tests read (test/fixtures/import/).

The documents are written by programs nobody on this project wrote, from our own texts:

- ienw-2026-2029.docx     python-docx (Debian's python3-docx): Title style, numbered Heading 1
                          chapters, a "Kenmerk | Waarde" properties table under a merged title
                          row, amounts in full euros, objectives as "D1 — …" headings, a risk
                          table with merged cells, lists and a picture.
- ocw-2025-2028-en.docx   LibreOffice Writer from HTML: English, the title as the only Heading 1
                          and the chapters as Heading 2, a "Property | Value" table worded
                          differently, amounts in € mln, footnotes, links, lists, an image.
- jenv-2025-2028.docx     LibreOffice Writer from HTML: "Hoofdstuk N" chapters, no properties
                          table at all, amounts written "€ 12,5 mln" in every cell, one framework
                          section left out and an appendix the framework does not know.
- bad/…                   not a docx (text), a corrupt zip (a docx cut short), an empty file and
                          a password-protected document (LibreOffice's encrypted OOXML export).

Run with Debian's python (python3-docx) and LibreOffice (soffice) installed:

    /usr/bin/python3 scripts/make-import-fixtures.py

The tests use the committed files, so they pass on a machine without either program.
"""
import base64
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'import')


def png(width, height, rgb):
    """A small one-colour PNG, so the documents carry a real picture."""
    raw = b''.join(b'\x00' + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')


def fixed_core_properties(document, title):
    """Stable metadata, so running the script twice changes nothing that matters."""
    props = document.core_properties
    props.title = title
    props.author = 'CIO-office'
    props.last_modified_by = 'CIO-office'
    props.revision = 1
    import datetime
    stamp = datetime.datetime(2026, 3, 15, 9, 0, 0)
    props.created = stamp
    props.modified = stamp


# --------------------------------------------------------------------------------------------
# 1. IenW, Dutch, python-docx

def ienw():
    d = docx.Document()
    title = 'Meerjarig IV-plan Infrastructuur en Waterstaat 2026–2029'
    fixed_core_properties(d, title)
    d.add_paragraph(title, style='Title')
    d.add_paragraph('Directie Informatievoorziening, CIO-office. Vastgesteld door de bestuursraad.')

    props = d.add_table(rows=8, cols=2)
    props.style = 'Table Grid'
    merged = props.cell(0, 0).merge(props.cell(0, 1))
    merged.text = 'Gegevens van dit plan'
    rows = [
        ('Ministerie', 'Infrastructuur en Waterstaat (IenW)'),
        ('Planperiode', '2026 t/m 2029'),
        ('Versie', '1.0'),
        ('Status', 'Vastgesteld'),
        ('Vastgesteld op', '15 maart 2026'),
        ('Besluit CIO-stelsel', 'Besluit CIO-stelsel Rijksdienst 2025'),
        ('Boekhoudstelsel', 'Kas-verplichtingenstelsel'),
    ]
    for i, (label, value) in enumerate(rows, start=1):
        props.cell(i, 0).text = label
        props.cell(i, 1).text = value

    def chapter(text):
        d.add_heading(text, level=1)

    def para(text):
        return d.add_paragraph(text)

    chapter('1. Samenvatting')
    para('Dit plan beschrijft hoe IenW de komende vier jaar de informatievoorziening voor water, '
         'wegen en milieu vernieuwt. Drie lijnen bepalen het beeld:')
    for item in ['weerbare netwerken voor de vitale infrastructuur;',
                 'één gegevenslandschap voor water en wegen;',
                 'minder legacy in de uitvoering.']:
        d.add_paragraph(item, style='List Bullet')
    p = para('De ICT-kosten lopen van ')
    p.add_run('€ 92,5 mln').bold = True
    p.add_run(' in 2026 naar € 95,2 mln in 2029.')

    chapter('2. Beleidsprioriteiten met IV-component')
    para('De beleidsagenda vraagt om betrouwbare informatie over de staat van dijken, bruggen en '
         'wegen, en om open gegevens voor ketenpartners.')
    for item in ['Veilig en bereikbaar Nederland.', 'Klimaatadaptatie en waterveiligheid.',
                 'Een schone leefomgeving.']:
        d.add_paragraph(item, style='List Number')

    chapter('3. Prioritaire IV-doelstellingen')
    para('IenW kiest drie prioritaire doelstellingen.')
    d.add_heading('D1 — Weerbare netwerken voor de vitale infrastructuur', level=2)
    para('Thema: Digitale weerbaarheid. Alle operationele technologie van Rijkswaterstaat is in '
         '2028 gescheiden van het kantoornetwerk.')
    d.add_heading('D2 — Eén gegevenslandschap voor water en wegen', level=2)
    para('Thema: Data en algoritmen. Meetgegevens van water en wegen komen uit één bron.')
    d.add_heading('D3 — Minder legacy in de uitvoering', level=2)
    para('Thema: ICT-landschap. De helft van de maatwerkapplicaties is in 2029 vervangen.')

    chapter('4. Terug- en vooruitblik per I-strategiethema')
    para('Terugblik: het Security Operations Center bewaakt sinds 2025 ook de sluizen. '
         'Vooruitblik: de scheiding van netwerken volgt in drie tranches.')

    chapter('5. Impact op het ICT- en gegevenslandschap')
    para('De tabel geeft per doelstelling en activiteit de impact op systemen en gegevens.')
    impact = d.add_table(rows=1, cols=5)
    impact.style = 'Table Grid'
    for cell, text in zip(impact.rows[0].cells, ['Doelstelling of activiteit', 'Niveau', 'Systemen', 'Gegevens', 'Maatregelen']):
        cell.text = text
    for row in [
        ('D1', 'Hoog', 'Besturing sluizen en bruggen; Kantoornetwerk RWS', 'Besturingsgegevens',
         'Netwerken worden per regio gescheiden, met een terugvaloptie per object.'),
        ('D2', 'Midden', 'Meetnet water; Verkeerscentrale-data', 'Waterstanden; Verkeersintensiteiten',
         'Bronnen worden één voor één aangesloten op het gegevensplatform.'),
        ('D3', 'Hoog', 'Vergunningensysteem (maatwerk); Beheersysteem kunstwerken', 'Vergunningdossiers',
         'Per applicatie een uitfaseringsdatum; gegevens worden eerst gemigreerd.'),
        ('A1', 'Hoog', 'Besturing sluizen en bruggen', 'Besturingsgegevens',
         'Gefaseerde uitrol per regio met parallelle draaiperiode.'),
        ('A2', 'Midden', 'Meetnet water', 'Waterstanden',
         'Oude meetdatabank blijft alleen-lezen tot 2028.'),
    ]:
        cells = impact.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    chapter('6. Portfolio en grote ICT-activiteiten')
    para('Het portfolio telt drie activiteiten.')
    portfolio = d.add_table(rows=1, cols=6)
    portfolio.style = 'Table Grid'
    for cell, text in zip(portfolio.rows[0].cells, ['Id', 'Activiteit', 'Totale kosten', 'Status', 'Dashboardnummer', 'AcICT']):
        cell.text = text
    for row in [
        ('A1', 'Netwerkscheiding objecten', '€ 24.000.000', 'In uitvoering', 'IENW-0101', 'Getoetst'),
        ('A2', 'Gegevensplatform water', '€ 8.750.000', 'Nog niet gestart', '–', 'Gemeld'),
        ('A3', 'Vervanging vergunningensysteem', '€ 3.200.000', 'In uitvoering', '–', 'n.v.t.'),
    ]:
        cells = portfolio.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    para('A2 Gegevensplatform water is gemeld bij het AcICT; het dashboardnummer volgt.')
    d.add_picture(_png_file('ienw-portfolio.png', png(48, 24, (0, 90, 160))), width=Cm(6))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    chapter('7. Financiën')
    para('Bedragen in euro’s, kas-verplichtingenstelsel.')
    costs = d.add_table(rows=1, cols=4)
    costs.style = 'Table Grid'
    for cell, text in zip(costs.rows[0].cells, ['Jaar', 'Vernieuwing', 'Beheer en onderhoud', 'Totaal']):
        cell.text = text
    for row in [
        ('2026', '21.500.000', '71.000.000', '92.500.000'),
        ('2027', '23.250.000', '72.100.000', '95.350.000'),
        ('2028', '19.800.000', '73.400.000', '93.200.000'),
        ('2029', '20.600.000', '74.600.000', '95.200.000'),
        ('Totaal', '85.150.000', '291.100.000', '376.250.000'),
    ]:
        cells = costs.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text

    chapter('8. Informatiebeveiliging en privacy')
    para('IenW werkt volgens de BIO2; de DPIA’s volgen het Rijksmodel DPIA.')
    chapter('9. Informatiehuishouding en openbaarheid')
    para('Open op Orde is in 2027 afgerond; berichten op zakelijke telefoons worden gearchiveerd.')
    chapter('10. Levenscyclusmanagement en legacy')
    para('Elke applicatie heeft een levenscyclusplan met een uitfaseringsdatum.')
    chapter('11. I-vakmanschap')
    para('Het aandeel externen daalt van 30 % naar 20 %.')

    chapter('12. Risico’s en randvoorwaarden')
    risks = d.add_table(rows=4, cols=3)
    risks.style = 'Table Grid'
    for cell, text in zip(risks.rows[0].cells, ['Categorie', 'Risico', 'Maatregel']):
        cell.text = text
    category = risks.cell(1, 0).merge(risks.cell(2, 0))
    category.text = 'Personeel'
    risks.cell(1, 1).text = 'Schaarste aan OT-specialisten'
    risks.cell(1, 2).text = 'Eigen opleiding'
    risks.cell(2, 1).text = 'Vergrijzing'
    risks.cell(2, 2).text = 'Kennisoverdracht in duo’s'
    risks.cell(3, 0).text = 'Techniek'
    risks.cell(3, 1).text = 'Verouderde besturing'
    risks.cell(3, 2).text = 'Vervanging volgens plan'

    chapter('13. Sturing en CIO-stelsel')
    para('De CIO adviseert over elke activiteit vanaf € 1 mln; de bestuursraad stelt het plan vast.')
    d.save(os.path.join(OUT, 'ienw-2026-2029.docx'))


_temporary = tempfile.mkdtemp(prefix='iplan-fixtures-')


def _png_file(name, data):
    path = os.path.join(_temporary, name)
    with open(path, 'wb') as f:
        f.write(data)
    return path


# --------------------------------------------------------------------------------------------
# 2 and 3. LibreOffice Writer from HTML

def html_document(title, body):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + title + '</title></head>\n<body>\n'
            + body + '\n</body></html>\n')


def table(rows, header=True):
    out = ['<table border="1">']
    for i, row in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{cell}</{tag}>' for cell in row) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def footnote_anchor(n):
    # LibreOffice reads footnotes back from its own HTML form.
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def footnote_body(n, text):
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a>{text}</p></div>')


def ocw_english():
    image = base64.b64encode(png(40, 20, (200, 60, 0))).decode('ascii')
    body = f'''
<h1>Multi-year information plan OCW 2025–2028</h1>
<p>Ministry of Education, Culture and Science, CIO office.</p>
{table([
    ['Property', 'Value'],
    ['Ministry', 'Education, Culture and Science'],
    ['Plan period', '2025–2028'],
    ['Version number', '0.8'],
    ['Status', 'Draft'],
    ['CIO decree', '2021'],
    ['Accounting system', 'Cash and commitments'],
])}
<h2>1 Summary</h2>
<p>This plan sets out how OCW renews its information provision. It follows the
<a href="https://www.example.org/kwaliteitskader">Kwaliteitskader</a>{footnote_anchor(1)} and
the <em>I-strategie Rijk</em>.</p>
<ul><li>Secure education data.</li><li>Fewer <strong>legacy</strong> systems.</li></ul>
<h2>2 Policy priorities with an IV component</h2>
<p>Equal opportunities in education depend on reliable data about pupils and students.</p>
<h2>3 Priority IV objectives</h2>
{table([
    ['Id', 'Objective', 'I-strategy theme'],
    ['D1', 'Every OCW organisation meets the BIO', 'Digitale weerbaarheid'],
    ['D2', 'Education data is exchanged through one trusted route', 'Data en algoritmen'],
])}
<h2>4 Review and outlook per I-strategy theme</h2>
<p>Review: all organisations report on the BIO. Outlook: the exchange hub opens in 2026.</p>
<h2>5 Impact on the ICT and data landscape</h2>
{table([
    ['Objective or activity', 'Level', 'Systems', 'Data', 'Measures'],
    ['D1', 'medium', 'Identity and access management OCW', '', 'Central logging for every organisation.'],
    ['D2', 'high', 'Education data exchange hub; Bilateral school interfaces', 'Pupil enrolments; Examination results', 'Bilateral interfaces close one sector at a time.'],
    ['A1', 'high', 'Student finance system', 'Student finance records', 'Module-by-module replacement.'],
])}
<h2>6 Portfolio and large ICT activities</h2>
<p><img src="data:image/png;base64,{image}" alt="Portfolio overview" width="40" height="20"></p>
{table([
    ['Id', 'Name', 'Total cost', 'Status', 'Dashboard number', 'AcICT'],
    ['A1', 'Modernisation of the student finance system', '€ 46 mln', 'in progress', 'OCW-0012', 'reviewed'],
])}
<p>A1 Modernisation of the student finance system was reviewed by the AcICT in 2024.</p>
<h2>7 Finances</h2>
<p>Amounts in millions of euros{footnote_anchor(2)}.</p>
{table([
    ['Year', 'Renewal (€ mln)', 'Maintenance (€ mln)', 'Total (€ mln)'],
    ['2025', '21.4', '96.2', '117.6'],
    ['2026', '24.8', '98.5', '123.3'],
    ['2027', '19.1', '101.0', '120.1'],
    ['2028', '15.3', '103.4', '118.7'],
])}
<h2>8 Information security and privacy</h2>
<p>OCW moves to the BIO2 in 2026.</p>
<h2>9 Information management and openness</h2>
<p>E-mail of senior officials is captured automatically.</p>
<h2>10 Lifecycle management and legacy</h2>
<ol><li>Inventory of unsupported systems.</li><li>A phase-out date for each.</li></ol>
<h2>11 IT workforce and skills</h2>
<p>OCW trains its own architects.</p>
<h2>12 Risks and preconditions</h2>
<p>Scarcity of specialists is the largest risk.</p>
<h2>13 Governance and the CIO system</h2>
<p>The CIO advises on every activity above € 1 million.</p>
{footnote_body(1, 'Kwaliteitskader Meerjarige Departementale IV-plannen, 2022.')}
{footnote_body(2, 'Rounded to one decimal.')}
'''
    return html_document('Multi-year information plan OCW 2025–2028', body)


def jenv():
    body = f'''
<h1>Informatieplan Justitie en Veiligheid 2025–2028</h1>
<p>Concept ter bespreking in de IV-board.</p>
<h1>Hoofdstuk 1 Samenvatting</h1>
<p>JenV vernieuwt de strafrechtketen en versterkt de weerbaarheid.</p>
<h1>Hoofdstuk 2: Beleidsprioriteiten</h1>
<p>Een snellere strafrechtketen en betere bescherming van slachtoffers.</p>
<h1>Hoofdstuk 3 — Prioritaire IV-doelstellingen</h1>
<ul>
<li>D1 — Een digitale strafrechtketen zonder papieren dossiers</li>
<li>D2: Weerbare systemen voor de rechtspraak en het gevangeniswezen</li>
</ul>
<h1>Hoofdstuk 4 Terug- en vooruitblik per I-strategiethema</h1>
<p>De ketenuitwisseling is in 2024 versneld.</p>
<h1>Hoofdstuk 5 Impact op het ICT- en gegevenslandschap</h1>
<p>Het dossierplatform vervangt drie ketensystemen.</p>
<h1>Hoofdstuk 6 Portfolio en grote ICT-activiteiten</h1>
{table([
    ['Id', 'Naam', 'Totale kosten', 'Dashboard', 'AcICT'],
    ['A1', 'Digitaal strafdossier', '€ 31,5 mln', 'JENV-0044', 'gemeld'],
    ['A2', 'Vervanging detentiesysteem', '€ 12 mln', '', ''],
])}
<h1>Hoofdstuk 7 Financiën</h1>
{table([
    ['Jaar', 'Vernieuwing', 'Beheer en onderhoud', 'Totaal'],
    ['2025', '€ 12,5 mln', '€ 60 mln', '€ 72,5 mln'],
    ['2026', '€ 14 mln', '€ 61,25 mln', '€ 75,25 mln'],
    ['2027', '€ 11,75 mln', '€ 62 mln', '€ 73,75 mln'],
    ['2028', '€ 9 mln', '€ 63,5 mln', '€ 72,5 mln'],
])}
<h1>Hoofdstuk 8 Informatiebeveiliging en privacy</h1>
<p>Alle onderdelen werken volgens de BIO.</p>
<h1>Hoofdstuk 9 Informatiehuishouding en openbaarheid</h1>
<p>Woo-verzoeken lopen via één werkproces.</p>
<h1>Hoofdstuk 10 I-vakmanschap</h1>
<p>JenV werft digitale rechercheurs.</p>
<h1>Hoofdstuk 11 Risico’s en randvoorwaarden</h1>
<p>De keten hangt af van partners buiten JenV.</p>
<h1>Hoofdstuk 12 Sturing en CIO-stelsel</h1>
<p>De CIO rapporteert aan de secretaris-generaal.</p>
<h1>Bijlage A Begrippenlijst</h1>
<p><strong>Keten</strong>: de organisaties die samen een strafzaak afhandelen.</p>
'''
    return html_document('Informatieplan Justitie en Veiligheid 2025–2028', body)


def soffice_convert(html_name, html, docx_name, filter_options=''):
    source = os.path.join(_temporary, html_name)
    with open(source, 'w', encoding='utf-8') as f:
        f.write(html)
    target_filter = 'docx:MS Word 2007 XML' + filter_options
    subprocess.run(
        ['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{_temporary}/profile',
         '--infilter=HTML (StarWriter)', '--convert-to', target_filter, '--outdir', _temporary, source],
        check=True, stdout=subprocess.DEVNULL)
    produced = os.path.join(_temporary, os.path.splitext(html_name)[0] + '.docx')
    shutil.move(produced, os.path.join(OUT, docx_name))


def bad_inputs():
    bad = os.path.join(OUT, 'bad')
    os.makedirs(bad, exist_ok=True)
    with open(os.path.join(bad, 'not-a-docx.docx'), 'w', encoding='utf-8') as f:
        f.write('# Dit is Markdown met de verkeerde extensie\n')
    with open(os.path.join(OUT, 'ienw-2026-2029.docx'), 'rb') as f:
        whole = f.read()
    with open(os.path.join(bad, 'corrupt.docx'), 'wb') as f:
        f.write(whole[: len(whole) // 2])
    open(os.path.join(bad, 'empty.docx'), 'wb').close()
    protected_html = os.path.join(_temporary, 'protected.html')
    with open(protected_html, 'w', encoding='utf-8') as f:
        f.write(html_document('Vertrouwelijk', '<h1>Vertrouwelijk</h1><p>Geheim plan.</p>'))
    encrypted_docx(protected_html, os.path.join(bad, 'password-protected.docx'), 'geheim')


def encrypted_docx(source, target, password):
    """A password-protected .docx (an encrypted OOXML package, a CFB file) through LibreOffice's
    own API: the command line has no way to pass a password to the export filter."""
    import time
    import uno
    from com.sun.star.beans import NamedValue, PropertyValue

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    def named(name, value):
        n = NamedValue()
        n.Name, n.Value = name, value
        return n

    pipe = f'iplan-fixtures-{os.getpid()}'
    office = subprocess.Popen(['soffice', '--headless', '--norestore', f'-env:UserInstallation=file://{_temporary}/profile-uno',
                               f'--accept=pipe,name={pipe};urp;'], stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(150):
            try:
                remote = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
                break
            except Exception:
                time.sleep(0.2)
        desktop = remote.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', remote)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0,
                                                (prop('Hidden', True), prop('FilterName', 'HTML (StarWriter)')))
        encryption = uno.Any('[]com.sun.star.beans.NamedValue', (named('OOXPassword', password), named('CryptoType', 'Standard')))
        arguments = (prop('FilterName', 'MS Word 2007 XML'), prop('EncryptionData', encryption))
        uno.invoke(document, 'storeToURL', (uno.systemPathToFileUrl(target), uno.Any('[]com.sun.star.beans.PropertyValue', arguments)))
        document.close(True)
    finally:
        office.terminate()
        office.wait(timeout=60)


def main():
    os.makedirs(OUT, exist_ok=True)
    ienw()
    soffice_convert('ocw-2025-2028-en.html', ocw_english(), 'ocw-2025-2028-en.docx')
    soffice_convert('jenv-2025-2028.html', jenv(), 'jenv-2025-2028.docx')
    bad_inputs()
    shutil.rmtree(_temporary, ignore_errors=True)
    for root, _dirs, files in os.walk(OUT):
        for name in sorted(files):
            path = os.path.join(root, name)
            print(f'{os.path.relpath(path, ROOT)}  {os.path.getsize(path)} bytes')


if __name__ == '__main__':
    sys.exit(main())
