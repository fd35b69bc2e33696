# Interfaz web de rightscope en español: traducción de crates/rightscope-web/locales/en/web.ftl.
# Translation of locales/en/web.ftl at commit c0ab565.
# Las claves son las mismas que en el archivo inglés; si falta una, se muestra el texto en inglés.
# Los nombres propios (rightscope, IETF, W3C, números de RFC, palabras clave de BCP 14 como MUST) no se traducen.
# Vocabulario como en crates/rightscope-rules/locales/es/rules.ftl: riesgo, mitigar, consideraciones de seguridad.

## Frame
skip-to-content = Saltar al contenido principal
tagline = revisión de derechos humanos de los estándares de Internet
nav-label = Principal
nav-overview = Resumen
nav-documents = Documentos
nav-search = Buscar
nav-rules = Reglas
lang-label = Idioma
footer-note = rightscope señala pasajes que merecen una lectura atenta; no sustituye la revisión de una persona.
footer-api = API JSON (descripción OpenAPI)

## Families, verdicts, polarities, bodies
family-SURV = Vigilancia y monitoreo
family-LI = Interceptación legal
family-ENC = Cifrado debilitado
family-ANON = Anonimato y seudonimato
family-ID = Identificadores permanentes
family-CENS = Censura y filtrado
family-TRAF = Manipulación del tráfico
family-CENT = Centralización y control del acceso
family-A11Y = Accesibilidad
family-I18N = Internacionalización y localización
family-GROUP = Grupos en riesgo
family-CONS = Secciones de consideraciones
verdict-creates = Crea riesgo
verdict-mitigates = Mitiga el riesgo
verdict-mixed = Mixto
verdict-discusses = Trata el tema
verdict-none = Nada encontrado
polarity-risk = riesgo
polarity-mitigation = mitigación
polarity-context = contexto
sdo-ietf = IETF
sdo-w3c = W3C
sdo-itu-t = ITU-T
sdo-etsi = ETSI
sdo-unknown = Organismo desconocido

## Overview
overview-title = Resumen
overview-counts = Documentos guardados: { $documents }. Revisiones: { $revisions }.
overview-families = Riesgo por familia
overview-families-intro = Cuántos documentos (en su última revisión) crean o mitigan riesgos en cada familia.
overview-chart-title = Gráfico de barras: documentos que crean riesgo y documentos que lo mitigan, por familia. Las mismas cifras están en la tabla de abajo.
overview-table-caption = Documentos que crean o mitigan riesgo, por familia
overview-risky = Revisiones más recientes que crean riesgo
overview-risky-none = Ninguna revisión crea riesgo en ninguna familia.
overview-risk-findings = { $count ->
    [one] { $count } hallazgo de riesgo
   *[other] { $count } hallazgos de riesgo
}
overview-last-calls = Últimas llamadas (Last Call) abiertas
overview-last-calls-none = No hay ninguna última llamada (Last Call) abierta.
overview-last-calls-caption = Últimas llamadas (Last Call) todavía abiertas, primero las que cierran antes
col-family = Familia
col-deadline = Fecha límite
col-document = Documento
col-take-part = Participar
col-sdo = Organismo
col-status = Estado
col-wg = Grupo de trabajo
col-date = Fecha
col-code = Código
col-polarity = Indica
col-summary = En pocas palabras

## Document list
documents-title = Documentos
filter-legend = Filtrar documentos
filter-sdo = Organismo de normalización
filter-family = Familia
filter-verdict = Valoración
filter-status = Estado
filter-wg = Grupo de trabajo
filter-year = Año
filter-any = Cualquiera
filter-apply = Mostrar documentos
documents-count = { $count ->
    [one] { $count } documento coincide.
   *[other] { $count } documentos coinciden.
}
documents-caption = Documentos, página { $page } de { $pages }
paging-label = Páginas
paging-prev = Página anterior
paging-next = Página siguiente

## Document page
document-showing = se muestra { $label }
fact-sdo = Organismo de normalización
fact-status = Estado
fact-wg = Grupo de trabajo
fact-stream = Vía de publicación
take-part-link = Participar: cómo comentar
feed-link = Canal Atom
document-summary = En pocas palabras
document-summary-none = rightscope no encontró nada que señalar en esta revisión.
document-text = Texto con hallazgos
document-toc = Secciones de este documento
section-front = Preliminares
findings-count = { $count ->
    [one] { $count } hallazgo
   *[other] { $count } hallazgos
}
note-ref = nota
note-back = Volver al texto
document-notes = Qué significan las marcas
document-other-findings = Hallazgos en otras secciones
document-more-findings = { $count ->
    [one] …y { $count } hallazgo más.
   *[other] …y { $count } hallazgos más.
}
document-revisions = Revisiones
document-diffs = Qué cambió entre revisiones
diff-link = De { $from } a { $to }
document-timeline = Ciclo de vida
document-timeline-none = No hay eventos del ciclo de vida guardados.
document-no-text = rightscope no ha leído el texto de este documento: solo lo conoce por la lista de documentos de la serie. Abajo están sus datos, su ciclo de vida y sus referencias.
document-references = Referencias
references-inherited = Riesgos sobre los que se apoya
references-inherited-none = Ninguno de los documentos guardados en los que se apoya crea un riesgo que rightscope haya encontrado.
references-inherited-intro = Este documento se apoya en documentos en los que rightscope encontró un riesgo. El riesgo puede pasar a este documento, pero no cambia sus propios hallazgos, que están arriba.
references-col-family = Tema
references-col-source = Origen
references-col-path = A través de
references-col-kind = Tipo de referencia
references-depends-on = A qué se refiere
references-depended-on-by = Qué se refiere a él
references-more = { $count ->
    [one] …y 1 más.
   *[other] …y { $count } más.
}
ref-kind-normative = obligatoria
ref-kind-informative = informativa
ref-kind-unknown = tipo no indicado
timeline-revision = Revisión { $label }
event-revision = Nueva revisión
event-state = Cambio de estado
event-last-call-start = Empieza la última llamada (Last Call)
event-last-call-end = Termina la última llamada (Last Call)
event-published = Publicado
event-obsoleted-by = Reemplazado por
event-updated-by = Actualizado por
event-obsoletes = Reemplaza a
event-updates = Actualiza
event-became-rfc = Se publicó como RFC
back-to-document = Volver a

## Diff
diff-title = Cambios de { $from } a { $to }
diff-new-risks = { $count ->
    [one] { $count } riesgo nuevo
   *[other] { $count } riesgos nuevos
}
diff-unchanged = { $count ->
    [one] { $count } hallazgo sin cambios
   *[other] { $count } hallazgos sin cambios
}
diff-families-caption = Valoración por familia, antes y después
diff-changed = cambió
diff-added = Hallazgos añadidos
diff-removed = Hallazgos eliminados
diff-none = Ninguno.
diff-method = Las dos revisiones se vuelven a analizar desde su texto guardado con las reglas de hoy; los hallazgos se emparejan por regla y por frase, sin tener en cuenta los saltos de línea ni la numeración.

## Take part
take-part-title = Participar: { $name }
take-part-what = Qué es este documento
take-part-risks = Sus riesgos en pocas palabras
take-part-no-risks = rightscope no encontró ninguna familia en la que este documento cree riesgo.
take-part-stage = En qué punto está
take-part-deadline = Los comentarios se reciben hasta:
take-part-no-deadline = No se conoce una fecha límite para comentar.
take-part-how = Dónde y cómo comentar
take-part-comment = Un comentario para empezar
take-part-comment-label = Su comentario (edítelo antes de enviarlo)
take-part-comment-hint = Se ha rellenado a partir de los hallazgos. Diga quién es usted, por qué importa a las personas con las que trabaja y qué pide a los autores que cambien.
stage-rfc = Publicado como RFC. Para cambiarlo hace falta un documento nuevo o una fe de erratas.
stage-draft = Un borrador de Internet (Internet-Draft): un trabajo en curso que todavía puede cambiar.
stage-unknown = No se sabe en qué etapa está.
comment-intro = Comentarios sobre { $name } ("{ $title }"):
comment-where = (sección { $section })
comment-no-risks = He revisado este documento por su impacto en los derechos humanos y quisiera plantear lo siguiente:
comment-closing = Gracias por tener en cuenta estos puntos.
channel-unknown = Pregunte al organismo que lo publica
channel-unknown-how = rightscope todavía no sabe cómo recibe comentarios este organismo.

## Search
search-title = Buscar
search-label = Buscar en documentos y hallazgos
search-hint = Palabras, "frases exactas", OR, -palabra y filtros como family:SURV verdict:creates year:2015..2020 wg:tls code:LI001.
search-kind = Mostrar
search-button = Buscar
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
hit-revision = documento
hit-finding = hallazgo

## Rules
rules-title = Reglas
rules-intro = Cada regla busca un tipo de pasaje que puede crear o mitigar un riesgo para los derechos humanos.
rules-caption = Reglas de la familia { $family }
rule-severity = Gravedad
rule-summary = Qué significa
rule-why = Por qué importa
rule-fix = Qué pueden hacer los autores
rule-example = Una frase que la activa
rule-questions = Preguntas del RFC 9620 que toca
rule-references = Referencias
rule-search = Hallazgos de esta regla
question-connectivity = Conectividad
question-reliability = Fiabilidad
question-content-agnosticism = Neutralidad respecto al contenido
question-localization = Localización
question-internationalization = Internacionalización
question-open-standards = Estándares abiertos
question-heterogeneity = Compatibilidad con la heterogeneidad
question-integrity = Integridad
question-authenticity = Autenticidad
question-confidentiality = Confidencialidad
question-security = Seguridad
question-privacy = Privacidad
question-pseudonymity = Seudonimato
question-anonymity = Anonimato
question-censorship-resistance = Resistencia a la censura
question-outcome-transparency = Transparencia de los resultados
question-adaptability = Adaptabilidad
question-accessibility = Accesibilidad
question-decentralization = Descentralización
question-remedy = Reparación
question-misc = Otras consideraciones

## Outcome transparency
nav-outcomes = Resultados
outcomes-title = Transparencia de resultados: qué cambiaron las revisiones
outcomes-intro = Cuando se revisa un borrador, pueden aparecer o desaparecer hallazgos de riesgo. Esta página cuenta, para cada organismo de normalización, grupo de trabajo o flujo, cuántos hallazgos de riesgo abrieron las revisiones posteriores y cuántos resolvieron. Un borrador y el RFC en que se convirtió cuentan como un solo documento.
outcomes-legend = Qué mostrar
outcomes-by = Agrupar por
outcomes-by-sdo = Organismo de normalización
outcomes-by-wg = Grupo de trabajo
outcomes-by-stream = Flujo
outcomes-apply = Mostrar resultados
outcomes-all = Todos los documentos
outcomes-none = (ninguno)
outcomes-chart-heading = Hallazgos abiertos y resueltos por año: { $group }
outcomes-summary = { $documents } documentos, { $revised } de ellos revisados. Las primeras revisiones tenían { $first } hallazgos de riesgo; las revisiones posteriores abrieron { $opened } y resolvieron { $resolved }; las últimas revisiones tienen { $latest }.
outcomes-no-years = Ninguna revisión con fecha conocida abrió ni resolvió un hallazgo.
outcomes-opened = Abiertos
outcomes-resolved = Resueltos
outcomes-year = Año
outcomes-years-caption = Hallazgos abiertos y resueltos por año: { $group }
outcomes-groups = Por grupo
outcomes-groups-caption = Hallazgos de riesgo a lo largo de las revisiones, por grupo. Elija un grupo para ver sus años.
outcomes-group = Grupo
outcomes-documents = Documentos
outcomes-revised = Revisados
outcomes-at-first = En la primera revisión
outcomes-at-latest = En la última revisión
outcomes-empty = El almacén aún no tiene revisiones.
outcomes-more = { $count ->
    [one] Hay un grupo más en los datos JSON.
   *[other] Hay { $count } grupos más en los datos JSON.
}
outcomes-json = Estas cifras en JSON

## SDO almanac
nav-sdo = Organismos de normalización
sdo-index-title = Organismos de normalización: cuán abiertos son
sdo-index-intro = Cada organismo elabora normas a su manera. Esta tabla compara cuánto cuesta participar, si se pueden leer los documentos y cómo se toman las decisiones. Abra un organismo para ver cómo participar.
sdo-index-caption = Organismos de normalización, uno al lado del otro
sdo-index-caveat = Redactado a partir de fuentes públicas. La página de cada organismo indica cuándo se comprobó cada dato y enlaza a sus fuentes.
sdo-col-body = Organismo
sdo-cost-membership = Membresía
sdo-cost-meetings = Reuniones
sdo-cost-waivers = Exenciones de tarifas y apoyo
sdo-drafts-public = Borradores públicos
sdo-final-free = Normas de lectura gratuita
sdo-meetings-open = Reuniones abiertas a todos
sdo-lists-open = Listas de correo abiertas a todos
sdo-remote-available = Participación a distancia
sdo-process = Cómo se toman las decisiones
sdo-back = Todos los organismos de normalización
sdo-oldest-check = Comprobación más antigua de esta página: { $date }.
sdo-toc = En esta página
sdo-section-about = Qué es
sdo-section-participate = Cómo participar
sdo-section-cost = Cuánto cuesta
sdo-section-documents = Documentos
sdo-section-meetings = Reuniones y listas de correo
sdo-section-remote = Participar a distancia
sdo-section-decisions = Cómo se toman las decisiones
sdo-section-ethics = Derechos humanos, ética y conducta
sdo-section-comments = Dónde comentar
sdo-section-comment-window = Cuánto tiempo tiene para comentar
sdo-checked = Comprobado el { $date }.
sdo-sources = Fuentes:
sdo-how-it-works = Cómo funciona { $body }
openness-yes = Sí
openness-partly = En parte
openness-no = No
process-rough-consensus = Consenso aproximado, sin votación
process-consensus-member-votes = Consenso, con votos de los miembros cuando hace falta
process-consensus-national-votes = Consenso, y luego votos de los organismos nacionales de normalización
process-consensus-state-approval = Consenso, con aprobación de los gobiernos para algunos documentos
sdo-openness-title = Cuán abierto es
sdo-openness-intro = Los gobiernos piden a los organismos de normalización que sigan los principios de la OMC para las normas internacionales y que reduzcan las barreras a la participación. Cada valoración enlaza a aquello en lo que se basa.
sdo-openness-wto = Los seis principios de la OMC
sdo-openness-caption = Principios de la OMC y barreras a la participación, por organismo
sdo-openness-body-caption = Cuán abierto es { $body }
sdo-col-topic = Principio o barrera
sdo-col-rating = Valoración
sdo-col-why = Por qué
sdo-principle = Principio
sdo-barrier = Barrera
sdo-source = fuente
document-openness = Barreras para participar en { $body }
document-openness-more = Más sobre cuán abierto es { $body }

## Errors
error-not-found-title = Página no encontrada
error-bad-request-title = Hay un problema con la solicitud
error-internal-title = Algo salió mal
error-no-page = No hay ninguna página en esta dirección.
error-no-document = No hay ningún documento con ese nombre. Compruebe cómo está escrito o búsquelo.
error-no-revision = Ese documento no tiene esa revisión.
error-no-rule = No hay ninguna regla con ese código. La lista de reglas muestra todos los códigos.
error-no-feed = Los canales terminan en .atom.
error-no-watchlist = No hay ninguna lista de seguimiento con ese número.
error-no-family = No hay ninguna familia con ese código.
error-no-sdo = No hay ningún organismo de normalización con ese nombre. La lista de organismos los muestra todos.
error-bad-grouping = "{ $value }" no es una agrupación (sdo, wg, stream).
error-bad-request = No se pudo entender la solicitud:
error-bad-number = { $name } debe ser un número entero, no "{ $value }".
error-bad-family = "{ $value }" no es un código de familia.
error-bad-verdict = "{ $value }" no es una valoración válida (creates, mitigates, mixed, discusses, none).
error-bad-kind = "{ $value }" no es un tipo de resultado válido (revision, finding).
error-bad-section = section debe estar entre 0 y el número de secciones ({ $count }) menos uno.
error-diff-needs-two = Indique dos revisiones: from y to.
error-search-needs-q = Escriba una búsqueda en q.
error-internal = El servidor no pudo responder. Inténtelo más tarde.
error-home = Resumen

# participation dashboards
nav-participation = Participación
part-title = Participación en listas de correo
part-intro = Quién participa en las listas de correo donde se hacen los estándares. Solo hay totales: nunca se muestra a ninguna persona.
part-none-heading = No hay archivos cargados
part-none = No hay archivos de correo cargados, así que todavía no hay nada que mostrar.
part-none-how = Para añadir archivos, inicie el servidor con uno o más archivos o carpetas de correo:
part-none-more = Una carpeta cuenta como una sola lista con todos los archivos que contiene (mbox, MMDF, LISTSERV, Pipermail o archivos de correo del IETF).
part-hidden-note = "< 5" significa que la cifra está oculta: hay menos de 5 personas detrás, o permitiría deducir una cifra así a partir de las demás.
part-privacy-heading = Cómo se protege a las personas
part-privacy = Las direcciones y los nombres se sustituyen por códigos con clave en cuanto se lee un mensaje, y ninguna página los muestra. Toda cifra calculada con menos de 5 personas aparece como "< 5". Los grupos y las regiones salen del dominio de correo o del informe que la propia persona da con su consentimiento, nunca de los nombres.
part-lists = Listas
part-lists-intro = Cifras de todo el archivo para cada lista cargada. Los periodos son por { $period }.
part-lists-caption = Listas cargadas
part-compare-link = Comparar las listas una al lado de otra
part-api-link = Las mismas cifras en JSON
part-several = Personas que escribieron en más de una lista: { $value }
part-unreadable = Archivos que no se pudieron leer como archivos de correo
part-back = Todas las listas
part-list-title = Participación: { $list }
part-period-month = mes
part-period-quarter = trimestre
part-period-year = año
part-fact-format = Formato del archivo
part-fact-bytes = Bytes leídos
part-fact-domains = Dominios de correo de los remitentes
part-fact-undated = Mensajes sin fecha
part-fact-skipped = Mensajes que no se pudieron leer
part-activity = Actividad por { $period }
part-activity-caption = Mensajes, personas, hilos y concentración por periodo
part-chart-messages = Mensajes por lista
part-chart-period-messages = Mensajes por periodo
part-chart-participants = Personas por lista
part-chart-civil-society = Parte de los mensajes de la sociedad civil, por lista
part-chart-groups = Parte de los mensajes por grupo de interés ({ $period })
part-shares = Quién participa: { $period }
part-choose-period = Mostrar las cifras de
part-whole-archive = Todo el archivo
part-groups = Grupos de interés
part-groups-caption = Mensajes y personas por grupo de interés
part-regions = Regiones
part-regions-caption = Mensajes y personas por región (M49 de la ONU)
part-orgs = Organizaciones
part-orgs-note = Una organización con menos de 5 personas nunca se nombra: se cuenta en "otras", junto con las personas que escriben desde direcciones personales.
part-orgs-caption = Mensajes y personas por organización
part-sources = De dónde salen los grupos
part-sources-note = El grupo de cada remitente sale de la tabla de dominios, de una regla de sufijo de dominio, de su propio informe con consentimiento, o es desconocido.
part-sources-caption = Mensajes y personas según el origen de la clasificación
part-concentration = Concentración
part-concentration-note = Cuánto dominan unas pocas organizaciones. El HHI y el Gini van de 0 (repartido) a 1 (una sola organización lo envía todo). Una entropía más alta indica más reparto. El factor elefante es el menor número de organizaciones que envían la mitad de los mensajes.
part-retention = Recién llegados y permanencia
part-retention-note = Las personas se agrupan por el periodo de su primer mensaje. La parte que sigue escribiendo 3, 6 o 12 meses después solo cuenta a quienes escribieron su primer mensaje al menos ese tiempo antes del final del archivo.
part-retention-caption = Recién llegados que siguen participando, por primer periodo y grupo
part-replies = Tiempo hasta la primera respuesta
part-replies-note = Horas desde un mensaje hasta la primera respuesta de otra persona: para el primer mensaje de los recién llegados y para los hilos nuevos de quienes ya habían escrito antes.
part-replies-caption = Tiempo mediano hasta la primera respuesta
part-kind-newcomers = Primeros mensajes de recién llegados
part-kind-regulars = Hilos nuevos de participantes habituales
part-all-groups = Todos los grupos
part-col-list = Lista
part-col-format = Formato
part-col-messages = Mensajes
part-col-participants = Personas
part-col-threads = Hilos
part-col-replies = Respuestas
part-col-newcomers = Recién llegados
part-col-period = Periodo
part-col-hhi = HHI
part-col-gini = Gini
part-col-entropy = Entropía (bits)
part-col-elephant = Factor elefante
part-col-people = Personas
part-col-share = Parte de los mensajes
part-col-group = Grupo
part-col-region = Región
part-col-organisation = Organización
part-col-source = Origen
part-col-cohort = Primer mensaje en
part-col-retained-3 = Siguen escribiendo a los 3 meses
part-col-retained-6 = Siguen escribiendo a los 6 meses
part-col-retained-12 = Siguen escribiendo a los 12 meses
part-col-kind = Mensajes
part-col-answered = Con respuesta
part-col-unanswered = Sin respuesta
part-col-median-hours = Horas medianas hasta la primera respuesta
part-col-metric = Cifra
part-compare-title = Listas una al lado de otra
part-compare-intro = Todas las listas cargadas, una al lado de otra, para comparar organismos de estándares (por ejemplo, listas del IETF, del 3GPP y del W3C).
part-compare-figures = Cifras de todo el archivo
part-compare-caption = Cifras por lista
part-compare-charts = Gráficos
part-compare-charts-intro = Las mismas cifras que en la tabla de arriba.
part-row-share = Parte: { $group }
part-row-reply-newcomers = Horas medianas hasta la primera respuesta, recién llegados
part-row-reply-regulars = Horas medianas hasta la primera respuesta, habituales
part-group-industry = Industria
part-group-government = Gobierno
part-group-academia = Academia
part-group-civil-society = Sociedad civil
part-group-technical-community = Comunidad técnica
part-group-individual = Particulares
part-group-unknown = Desconocido
part-region-001 = Mundo
part-region-002 = África
part-region-019 = América
part-region-021 = América del Norte
part-region-419 = América Latina y el Caribe
part-region-142 = Asia
part-region-030 = Asia oriental
part-region-034 = Asia meridional
part-region-035 = Asia sudoriental
part-region-145 = Asia occidental
part-region-150 = Europa
part-region-151 = Europa oriental
part-region-154 = Europa septentrional
part-region-155 = Europa occidental
part-region-039 = Europa meridional
part-region-009 = Oceanía
part-region-unknown = Desconocida
part-source-table = Tabla de dominios
part-source-suffix-rule = Regla de sufijo
part-source-self-report = Informe propio
part-source-unknown = Desconocido
part-org-other = Otras (organizaciones con menos de 5 personas, y particulares)
part-org-unlisted = { $domain } (no está en la tabla)
part-error-no-list = No hay ninguna lista cargada con ese nombre. La página de participación muestra todas las listas cargadas.
part-error-bad-period = "{ $value }" no es un periodo de esta lista.

## Trends
nav-trends = Tendencias
trends-title = Tendencias: secciones de consideraciones y riesgos a lo largo del tiempo
trends-intro = Para cada año, área del IETF, flujo, grupo de trabajo u organismo de normalización, esta página cuenta los documentos guardados (cada uno en su última revisión) y muestra cuántos tienen secciones de consideraciones de seguridad, privacidad, derechos humanos e IANA, qué encontró rightscope en ellos y los veredictos por familia de riesgo.
trends-substantive = Una sección es sustantiva cuando dice algo más que «Ninguna.»: al menos 8 palabras, y al menos 60 si solo dice que no hay nada que considerar.
trends-limits = Límites: las cifras cubren solo los documentos de este almacén, no todas las normas. Una sección se reconoce por su título, así que una con otro nombre no se cuenta. Un hallazgo es una frase que coincidió con una regla, no el juicio de una persona. En los grupos pequeños, un solo documento cambia mucho las cifras.
trends-legend = Agrupar documentos
trends-by = Agrupar por
trends-apply = Mostrar
trends-by-year = Año
trends-by-area = Área
trends-by-stream = Flujo
trends-by-wg = Grupo de trabajo
trends-by-sdo = Organismo de normalización
trends-unknown = Desconocido
trends-percent = { $value } %
trends-showing = Se muestran los grupos { $first } a { $last } de { $total }.
trends-empty = El almacén aún no tiene documentos.
trends-csv = Descargar estas cifras en CSV
trends-json = Estas cifras en JSON
trends-chart-heading = Proporción de documentos con { $kind }, por { $by }
trends-chart-caption = Las cifras del gráfico: { $chart }
trends-milestones = Años marcados: RFC 6973 (consideraciones de privacidad para los protocolos de Internet, 2013) y RFC 8280 (consideraciones de derechos humanos en los protocolos, 2017).
trends-milestone-summary = Antes de { $year } ({ $rfc }): { $before } de { $before_documents } documentos tenían esa sección. Desde { $year }: { $after } de { $after_documents }.
trends-milestone-note = Se publica { $rfc }
trends-note = Nota
trends-documents = Documentos
trends-with-section = Con sección
trends-with-substantive = Con sección sustantiva
trends-kind-SecurityConsiderations = Consideraciones de seguridad
trends-kind-PrivacyConsiderations = Consideraciones de privacidad
trends-kind-HumanRightsConsiderations = Consideraciones de derechos humanos
trends-kind-IanaConsiderations = Consideraciones de IANA
trends-col-present = { $kind }: con sección
trends-col-substantive = { $kind }: sustantiva
trends-considerations-heading = Secciones de consideraciones
trends-considerations-caption = Documentos con cada tipo de sección de consideraciones, proporción y número
trends-findings-heading = Hallazgos
trends-findings-intro = Los hallazgos de riesgo son frases que pueden crear un riesgo; los de mitigación protegen a las personas; los de contexto describen un riesgo sin crearlo.
trends-findings-caption = Hallazgos por polaridad, y luego por familia como riesgo / mitigación / contexto
trends-polarity-risk = Riesgo
trends-polarity-mitigation = Mitigación
trends-polarity-context = Contexto
trends-verdicts-heading = Veredictos
trends-verdicts-intro = Cada documento recibe un veredicto por familia de riesgo; estas son las cifras sobre todas las familias.
trends-verdicts-caption = Veredictos por grupo, sobre todas las familias
trends-error-bad-by = «{ $value }» no es una agrupación (year, area, stream, wg, sdo).
trends-error-bad-page = No existe la página { $value }: hay { $pages } páginas.
