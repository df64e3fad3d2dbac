import zipfile

def _put(z, name, text):
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, text)

def xlsx(path, sheets, styles_numfmt=True):
    """sheets: list of (name, state, rows_xml, merges)"""
    z = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    for i in range(len(sheets)):
        ct += '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i+1)
    ct += '</Types>'
    _put(z, '[Content_Types].xml', ct)
    _put(z, '_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    for i, (name, state, rows, merges) in enumerate(sheets):
        st = '' if state == 'visible' else ' state="%s"' % state
        wb += '<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (name, i+1, st, i+1)
        rels += '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i+1, i+1)
        m = ''
        if merges:
            m = '<mergeCells count="%d">' % len(merges) + ''.join('<mergeCell ref="%s"/>' % r for r in merges) + '</mergeCells>'
        _put(z, 'xl/worksheets/sheet%d.xml' % (i+1), '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + rows + '</sheetData>' + m + '</worksheet>')
    wb += '</sheets></workbook>'
    rels += '</Relationships>'
    _put(z, 'xl/workbook.xml', wb)
    _put(z, 'xl/_rels/workbook.xml.rels', rels)
    # style 0 general, 1 date (numFmtId 14), 2 custom date yyyy-mm, 3 custom number 0.00
    _put(z, 'xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>')
    z.close()

def s(ref, text): return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
def n(ref, v, style=0): return '<c r="%s"%s><v>%s</v></c>' % (ref, ' s="%d"' % style if style else '', v)
def row(r, *cells): return '<row r="%d">%s</row>' % (r, ''.join(cells))
