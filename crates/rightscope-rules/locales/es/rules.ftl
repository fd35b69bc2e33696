# Textos de las reglas de rightscope en español: traducción de crates/rightscope-rules/locales/en/rules.ftl.
# Translation of the English file locales/en/rules.ftl as of main revision 98778b0.
# Las claves son las mismas que en el archivo inglés; si falta una, se muestra el texto en inglés.
# Los nombres técnicos (números de RFC, protocolos, palabras clave de BCP 14 como MUST) no se traducen.

rule-A11Y001-summary =
    El texto se basa en un acertijo, como un CAPTCHA, que las personas deben resolver para demostrar que son humanas.
rule-A11Y001-why =
    Los CAPTCHA visuales dejan fuera a las personas ciegas o con baja visión, y las versiones de audio dejan
    fuera a las personas sordas. Ambos son difíciles para las personas con discapacidad cognitiva. Quien no
    puede resolver el acertijo se queda sin el servicio, aunque tenga derecho a él. El W3C documenta en
    detalle la falta de accesibilidad de los CAPTCHA.
rule-A11Y001-fix =
    Prefiera comprobaciones que no exijan acertijos (límites de frecuencia, tokens que protegen la privacidad,
    atestaciones que no rastrean a las personas), o exija al menos dos alternativas que usen sentidos distintos
    y una vía de contacto con una persona.

rule-A11Y002-summary =
    Solo se puede usar esta función hablando o escuchando, sin alternativa de texto ni visual.
rule-A11Y002-why =
    Un servicio que solo funciona por voz excluye a las personas sordas o con pérdida auditiva y a las que no
    pueden hablar. El RFC 3351 pide a los proveedores que ofrezcan una alternativa de texto a los menús de
    voz. Ofrecer la misma función por texto, tacto o vídeo permite que todo el mundo la use.
rule-A11Y002-fix =
    Ofrezca la misma interacción a través de otro sentido: texto en tiempo real (RFC 4103), teclado, texto en
    pantalla o vídeo con lengua de signos, y dígalo en la especificación.

rule-A11Y003-summary =
    La persona debe reaccionar en un tiempo fijo, algo que algunas personas con discapacidad o mayores no pueden hacer.
rule-A11Y003-why =
    Las personas que usan lectores de pantalla, pulsadores o servicios de retransmisión, y las personas con
    discapacidad motora o cognitiva, a menudo necesitan más tiempo para leer y responder. Un plazo fijo puede
    dejarlas fuera o cancelar lo que estaban haciendo. Las pautas del W3C piden que los límites de tiempo se
    puedan desactivar, ajustar o ampliar.
rule-A11Y003-fix =
    Evite los límites de tiempo para las respuestas de las personas, o permita que la persona (o su
    dispositivo) pida más tiempo, y haga el límite lo bastante largo para las tecnologías de apoyo y los
    servicios de retransmisión.

rule-A11Y004-summary =
    Se pueden enviar imágenes, sonido o vídeo sin una alternativa de texto que puedan usar las personas ciegas o sordas.
rule-A11Y004-why =
    Las personas ciegas dependen de descripciones en texto de las imágenes, y las personas sordas de
    subtítulos o transcripciones del sonido. Cuando un formato permite omitirlos, quienes no pueden ver u oír
    el contenido quedan excluidos. El RFC 9620 cita como ejemplo de buen diseño la regla de HTML según la cual
    toda imagen necesita un atributo alt.
rule-A11Y004-fix =
    Haga que la alternativa de texto, los subtítulos o la transcripción formen parte del formato, que sean
    obligatorios cuando el contenido transmite significado, y diga cómo se indica su idioma.

rule-A11Y005-summary =
    La información llega a la persona por un solo sentido, como un sonido, un color o una luz intermitente.
rule-A11Y005-why =
    Un aviso que solo es un pitido no llega a las personas sordas, y un estado que solo se muestra con un color
    no llega a las personas daltónicas o ciegas. Dar la misma información de una segunda forma (texto,
    vibración, voz) cuesta poco y mantiene a todo el mundo informado.
rule-A11Y005-fix =
    Transmita cada señal destinada a las personas de al menos dos formas, por ejemplo texto y sonido, y permita
    que los dispositivos la presenten con tecnologías de apoyo.

rule-A11Y006-summary =
    Una comprobación de seguridad solo funciona si las personas pueden hablar y oír, o ver y escanear un código.
rule-A11Y006-why =
    Algunos protocolos piden a dos personas que se lean en voz alta un código corto, o que escaneen un código
    con una cámara, antes de poder confiar en una llamada o un dispositivo. Las personas sordas, las que no
    pueden hablar y las personas ciegas no pueden hacer esa comprobación y se quedan con una protección más
    débil o sin ninguna.
rule-A11Y006-fix =
    Permita hacer la misma comprobación por otro canal, por ejemplo comparando el código como texto,
    tecleándolo o confirmándolo con un servicio de retransmisión, y describa esa alternativa en la
    especificación.

rule-A11Y007-summary =
    El texto admite texto en tiempo real, para que las personas puedan conversar escribiendo, carácter a carácter.
rule-A11Y007-why =
    El texto en tiempo real permite a las personas sordas, con pérdida auditiva o con dificultades del habla
    mantener una conversación en directo escribiendo: cada carácter se envía en cuanto se teclea, junto a la
    voz o en su lugar. El RFC 4103 y el RFC 9071 lo transportan en llamadas y sesiones de varias personas, y
    el RFC 9620 cita este trabajo como buen diseño accesible.
rule-A11Y007-fix =
    Mantenga el texto en tiempo real como un medio de primera clase, también en las llamadas de emergencia y
    en las sesiones de varias personas.

rule-A11Y008-summary =
    El texto ofrece subtítulos o audiodescripción junto con el contenido audiovisual.
rule-A11Y008-why =
    Los subtítulos hacen accesible el habla del audio y del vídeo a las personas sordas o con pérdida
    auditiva, y la audiodescripción hace accesibles las imágenes a las personas ciegas. Los formatos que los
    transportan como pistas separadas y etiquetadas permiten que cada persona elija lo que necesita.
rule-A11Y008-fix =
    Mantenga las pistas de subtítulos y de descripción como elementos de primera clase, etiquetadas con su
    idioma y su finalidad.

rule-A11Y009-summary =
    El texto admite la lengua de signos, la lectura labial o la conversación total (vídeo, voz y texto a la vez).
rule-A11Y009-why =
    Para muchas personas sordas, su primera lengua es una lengua de signos, que necesita un vídeo de calidad
    suficiente para entenderse. La conversación total combina vídeo, voz y texto en tiempo real en una misma
    llamada, para que cada persona use el modo que le conviene. El RFC 8373 permite que una llamada pida una
    lengua de signos igual que pide una lengua hablada.
rule-A11Y009-fix =
    Mantenga la calidad del vídeo, la negociación del idioma y los servicios de retransmisión a un nivel
    suficiente para la lengua de signos.

rule-A11Y010-summary =
    El texto ofrece una alternativa de texto para imágenes, sonido o voz, para que el contenido sirva a más personas.
rule-A11Y010-why =
    Una alternativa de texto puede leerla en voz alta un lector de pantalla, mostrarse en braille o leerla una
    persona sorda. El RFC 9620 cita el atributo alt de HTML como un diseño que mantiene las imágenes
    accesibles para quienes no pueden verlas, y el RFC 3351 pide alternativas de texto a los menús de voz.
rule-A11Y010-fix =
    Haga obligatorias las alternativas de texto cuando el contenido transmite significado, y etiquételas con
    su idioma.

rule-A11Y011-summary =
    El texto admite servicios de retransmisión que permiten a personas sordas o con dificultades del habla llamar a personas oyentes.
rule-A11Y011-why =
    Los servicios de retransmisión traducen durante una llamada entre voz y texto o lengua de signos, para que
    las personas sordas, con pérdida auditiva o con dificultades del habla puedan comunicarse con cualquiera
    que tenga teléfono. Los protocolos que permiten que el servicio de retransmisión se una a una llamada sin
    problemas, también en las llamadas de emergencia, mantienen abierta esa vía.
rule-A11Y011-fix =
    Permita que los servicios de retransmisión entren y salgan de las llamadas sin cortarlas, y proteja la
    privacidad de quienes los usan.

rule-A11Y012-summary =
    El texto admite tecnologías de apoyo como lectores de pantalla o braille, o sigue las pautas de accesibilidad del W3C.
rule-A11Y012-why =
    Las personas ciegas o con baja visión leen con lectores de pantalla, líneas braille y ampliadores. Los
    contenidos y protocolos que mantienen la estructura y el texto disponibles para estas herramientas, como
    describen las pautas de accesibilidad del W3C, permiten que las personas con discapacidad usen los mismos
    servicios que los demás.
rule-A11Y012-fix =
    Cite las pautas de accesibilidad del W3C que sigue y haga pruebas con tecnologías de apoyo.

rule-A11Y013-summary =
    El texto tiene en cuenta las necesidades de las personas con discapacidad, como las personas sordas o ciegas.
rule-A11Y013-why =
    Nombrar las necesidades de las personas sordas, ciegas, con dificultades del habla o con otras
    discapacidades es el primer paso hacia un diseño que funcione para ellas. El RFC 3351 pide que los diseños
    tengan en cuenta sus capacidades y preferencias, y el RFC 9620 pregunta si un protocolo ofrece un entorno
    que permita participar a todas las personas.
rule-A11Y013-fix =
    Pase de nombrar estas necesidades a fijar requisitos: alternativas en más de un sentido y pruebas con
    personas usuarias.

rule-ANON001-summary =
    El texto exige que las personas usen o demuestren su identidad real.
rule-ANON001-why =
    Exigir la identidad real acaba con el uso anónimo o con seudónimo, del que las personas dependen para
    expresarse, pedir ayuda u organizarse con seguridad. También excluye a quienes no tienen documentos
    oficiales y crea bases de datos de identidades que pueden sufrir filtraciones o ser reclamadas por
    terceros.
rule-ANON001-fix =
    Permita el uso con seudónimo y anónimo; si hay que comprobar un dato (como la edad), demuestre solo ese
    dato sin revelar quién es la persona.

rule-ANON002-summary =
    El texto permite vincular y seguir la actividad de una persona en distintos lugares.
rule-ANON002-why =
    Vincular lo que alguien hace en distintos sitios o servicios construye una imagen de su vida que nunca
    decidió compartir. Anula los seudónimos y facilita averiguar quién está detrás de una cuenta.
rule-ANON002-fix =
    Use identificadores separados y no vinculables para cada sitio, servicio o contexto (partición), y
    cámbielos periódicamente.

rule-ANON003-summary =
    El texto permite relacionar la actividad con la persona identificable que está detrás, o revelarla.
rule-ANON003-why =
    En cuanto las peticiones o los mensajes pueden relacionarse con una persona, el uso anónimo desaparece: se
    puede reunir un registro completo de lo que leyó, escribió o compró. El RFC 6973 señala la correlación
    como una amenaza central para la privacidad.
rule-ANON003-fix =
    Diseñe de forma que las peticiones no puedan vincularse (identificadores nuevos, intermediarios que separan
    quién pide de qué se pide), y describa el riesgo de correlación que quede en las consideraciones de
    privacidad.

rule-ANON004-summary =
    El texto transmite dónde está una persona en la red (dirección, subred, ubicación) a servidores más allá del que usa.
rule-ANON004-why =
    La dirección o la subred de un cliente indica aproximadamente dónde está una persona y qué red usa.
    Enviarla a servidores lejanos les permite identificar y localizar a personas que creían estar protegidas
    por un intermediario. El propio RFC 7871 advierte del coste para la privacidad de la información de subred
    del cliente.
rule-ANON004-fix =
    No reenvíe direcciones ni subredes de clientes; si es inevitable, recórtelas mucho, haga que sea opcional
    y con consentimiento previo, y permita a los clientes pedir que no se reenvíen.

rule-ANON005-summary =
    El texto expone rasgos que permiten a servidores u observadores reconocer el dispositivo de una persona sin su consentimiento.
rule-ANON005-why =
    La huella digital (fingerprinting) reconoce un dispositivo a partir de muchas pequeñas características,
    incluso después de borrar las cookies o cambiar de dirección. La persona no puede verla ni controlarla, y
    anula sus esfuerzos por seguir siendo anónima.
rule-ANON005-fix =
    Exponga menos detalles distintivos, use valores comunes a muchas personas usuarias y señale en las
    consideraciones de privacidad lo que quede expuesto a la huella digital.

rule-ANON006-summary =
    El texto trata de cómo pueden volver a identificarse personas anónimas o con seudónimo.
rule-ANON006-why =
    La reidentificación y la huella digital muestran que quitar los nombres no basta para mantener el
    anonimato. Un documento que las trata es consciente del riesgo; compruebe si su propio diseño lo aumenta.
rule-ANON006-fix =
    Asegúrese de que el diseño no añade datos identificativos, e indique el riesgo de reidentificación que
    queda en las consideraciones de privacidad.

rule-ANON007-summary =
    El texto permite usar el servicio sin decir quién se es.
rule-ANON007-why =
    Poder leer, llamar o publicar sin identificarse protege a las personas en riesgo y a quienes simplemente
    no quieren ser perfilados. Los protocolos que admiten el uso anónimo mantienen abierta esa opción.
rule-ANON007-fix =
    Mantenga disponible el uso anónimo, y hágalo la opción por defecto cuando el servicio lo permita.

rule-ANON008-summary =
    El texto permite actuar con seudónimos en lugar de con la identidad propia.
rule-ANON008-why =
    Los seudónimos permiten mantener una presencia estable (una cuenta, una reputación) sin revelar quién se
    es, y usar seudónimos distintos en contextos distintos impide vincular las actividades.
rule-ANON008-fix =
    Mantenga los seudónimos, use uno distinto en cada contexto y permita que las personas los cambien.

rule-ANON009-summary =
    El texto impide que las distintas acciones de una persona se vinculen entre sí.
rule-ANON009-why =
    Si dos acciones no pueden vincularse, nadie puede construir un historial de lo que hace una persona. La
    no vinculación es lo que permite que los seudónimos y el uso anónimo resistan con el tiempo (RFC 6973).
rule-ANON009-fix =
    Mantenga esta propiedad, e indique en qué condiciones se cumple.

rule-ANON010-summary =
    El texto hace que una persona se vea igual que muchas otras, de modo que no se la pueda señalar.
rule-ANON010-why =
    El anonimato depende de la multitud: cuantas más personas comparten los mismos rasgos observables, más
    difícil es distinguir a una. Los diseños que hacen indistinguibles a las personas usuarias las protegen a
    todas.
rule-ANON010-fix =
    Mantenga esta propiedad, y estime el tamaño del conjunto de anonimato en despliegues realistas.

rule-ANON011-summary =
    El texto hace pasar las peticiones por un intermediario, de modo que nadie sabe a la vez quién pregunta y qué pregunta.
rule-ANON011-why =
    Separar la identidad del contenido significa que el servidor nunca sabe quién pregunta, y el intermediario
    nunca sabe qué se pregunta. Ninguno de los dos puede construir un perfil por sí solo, como describe el
    RFC 9458 (Oblivious HTTP).
rule-ANON011-fix =
    Mantenga la separación, y exija que el intermediario y el servidor estén gestionados por partes distintas.

rule-ANON012-summary =
    El texto admite redes de anonimato como Tor o las redes de mezcla (mix networks).
rule-ANON012-why =
    Las redes de anonimato ocultan quién habla con quién, incluso al operador de la red. Son vitales para
    periodistas, activistas y personas que sufren censura, y los protocolos que funcionan sobre ellas
    mantienen esa opción.
rule-ANON012-fix =
    Mantenga ese soporte, y evite funciones que filtren la identidad por fuera de la red de anonimato.

rule-ANON013-summary =
    El texto permite demostrar que se tiene permiso para hacer algo sin revelar quién se es.
rule-ANON013-why =
    Los tokens y credenciales anónimos sustituyen la comprobación de identidad por pruebas que no revelan nada
    más. Un servicio puede frenar los abusos sin saber quiénes son sus usuarios ni vincularlos, como hace
    Privacy Pass.
rule-ANON013-fix =
    Mantenga el mecanismo, y asegúrese de que la emisión y el canje de tokens no puedan vincularse.

rule-ANON014-summary =
    El protocolo dice a un tercero remoto qué usuario está detrás de una conexión de red.
rule-ANON014-why =
    Cuando un servidor responde «quién es el dueño de esta conexión» con un nombre de usuario, cualquier
    servicio al que la persona se conecta puede saber quién es en su propia máquina sin preguntarle. La
    persona no puede ser anónima ante los servicios que usa, y el nombre sirve para seguirla de un servicio
    a otro.
rule-ANON014-fix =
    No devuelva nombres de usuario a terceros remotos; si hace falta una respuesta, devuelva un testigo
    opaco por conexión que solo el operador local pueda asociar a una persona, y deje que los usuarios
    desactiven el servicio.

rule-CENS001-summary =
    El texto describe o hace posible una forma de bloquear o filtrar el acceso de las personas a contenidos o sitios.
rule-CENS001-why =
    El bloqueo y el filtrado deciden lo que las personas pueden leer y publicar. Una vez que existe un
    mecanismo, es fácil ampliarlo más allá de su primer fin al discurso político, las noticias o los
    contenidos de minorías, y a menudo bloquea mucho más de lo previsto. El RFC 7754 explica los costes
    técnicos y humanos del bloqueo.
rule-CENS001-fix =
    Prefiera diseños que no creen puntos de control donde se pueda bloquear, haga que todo bloqueo sea visible
    para las personas usuarias (por ejemplo, HTTP 451 o los errores extendidos de DNS) y trate el riesgo de
    censura en el documento.

rule-CENS002-summary =
    Las respuestas DNS se reescriben, redirigen o retienen a propósito, una forma habitual de bloquear sitios.
rule-CENS002-why =
    Cuando un resolvedor miente sobre dónde está un sitio, las personas son enviadas en silencio a otro lugar
    o se les dice que el sitio no existe. Es la forma más común de censura en Internet, y normalmente no se
    puede distinguir de una avería real. El RFC 7754 y el RFC 9505 describen el bloqueo basado en DNS.
rule-CENS002-fix =
    Haga visibles las respuestas basadas en políticas (por ejemplo con los errores extendidos de DNS Blocked,
    Censored o Filtered), mantenga posible la validación DNSSEC y describa quién fija la política.

rule-CENS003-summary =
    Se bloquean contenidos o dominios porque figuran en una lista o porque una autoridad lo exige.
rule-CENS003-why =
    Las listas de bloqueo deciden de antemano a qué pueden acceder las personas, y las listas exigidas por
    gobiernos o tribunales son una herramienta principal de la censura en Internet. Rara vez son públicas, es
    difícil recurrirlas y tienden a crecer más allá de su primer fin.
rule-CENS003-fix =
    Indique quién mantiene la lista y bajo qué supervisión, haga que el bloqueo sea visible para la persona
    usuaria con su motivo, y ofrezca una forma de denunciar los bloqueos injustificados.

rule-CENS004-summary =
    La red mira dentro del contenido del tráfico de las personas, algo que se usa para censurar y para discriminar entre servicios.
rule-CENS004-why =
    La inspección profunda de paquetes (DPI) lee lo que las personas envían, no solo adónde va. Es la base de
    la censura por palabras clave, del bloqueo de herramientas para eludir la censura y del trato desigual
    entre aplicaciones, y además expone contenido privado al operador de la red.
rule-CENS004-fix =
    Diseñe el protocolo para que la red no necesite ver el contenido (cifrado de extremo a extremo, mínimas
    señales en claro), y no dependa de la DPI para ninguna función.

rule-CENS005-summary =
    Los nombres enviados en claro, como el nombre del servidor en TLS o la consulta DNS, permiten a la red identificar y bloquear sitios concretos.
rule-CENS005-why =
    Aunque el contenido esté cifrado, los nombres en texto claro muestran a la red qué sitio visita una
    persona. Los censores los usan para bloquear un solo sitio sin tocar los demás, y las personas no pueden
    ver por qué falló la conexión. El RFC 9505 analiza esta técnica.
rule-CENS005-fix =
    Cifre los nombres (Encrypted Client Hello, DNS cifrado) o evite enviarlos en claro, y explique en el
    documento qué campos puede usar para bloquear alguien situado en el camino de los datos.

rule-CENS006-summary =
    El texto prevé retirar contenidos o incautar nombres de dominio a petición, una vía hacia la censura.
rule-CENS006-why =
    La retirada y la incautación eliminan un discurso de toda Internet, no solo de una red. Sin garantías
    procesales, aviso y recurso, se usan contra periodistas, activistas y minorías, y los errores son difíciles
    de deshacer.
rule-CENS006-fix =
    Exija avisar a quien publica el contenido afectado, un motivo y una base legal, una vía de recurso e
    informes de transparencia; evite que una sola parte pueda retirar un contenido para todo el mundo.

rule-CENS007-summary =
    El texto describe cómo cortar o perturbar conexiones, por ejemplo con reinicios falsificados o apagones, para impedir el acceso.
rule-CENS007-why =
    Los apagones y los reinicios de conexión falsificados aíslan a las personas de la información y de los
    demás, a menudo durante protestas o elecciones. Como la perturbación parece un fallo técnico, las personas
    pueden no saber que están siendo censuradas.
rule-CENS007-fix =
    Haga el protocolo resistente a los reinicios inyectados (autenticar los mensajes de control, cifrar las
    cabeceras de transporte), y trate las interferencias en las consideraciones de seguridad o de derechos
    humanos.

rule-CENS008-summary =
    El diseño ayuda a las personas a acceder a la información pese a la censura o el bloqueo.
rule-CENS008-why =
    Cuando gobiernos o redes bloquean contenidos, las herramientas para eludir la censura y los diseños
    resistentes a ella mantienen el acceso abierto para periodistas, activistas y cualquier persona. El
    RFC 9620 pregunta a quienes diseñan protocolos si su protocolo podría resistir mejor la censura.
rule-CENS008-fix =
    Haga explícita esta propiedad y señale sus límites (por ejemplo, que el tráfico todavía puede
    identificarse como tráfico para eludir la censura).

rule-CENS009-summary =
    El bloqueo por motivos legales se indica abiertamente con el código HTTP 451, para que se vea que un contenido se retiene y quién lo hace.
rule-CENS009-why =
    Cuando un contenido se bloquea en silencio, las personas no pueden distinguir la censura de un sitio
    averiado ni pueden impugnarla. El código de estado 451 y la relación de enlace blocked-by hacen visible el
    bloqueo legal y nombran a quien bloquea. El RFC 9620 recomienda este tipo de señales explícitas.
rule-CENS009-fix =
    Exija que el cuerpo de la respuesta 451 explique la exigencia legal, e incluya la relación de enlace
    blocked-by.

rule-CENS010-summary =
    Cuando algo se bloquea, el protocolo informa a la persona usuaria de que se bloqueó y por qué.
rule-CENS010-why =
    Un bloqueo silencioso parece una avería de la red, así que las personas no saben que están siendo
    censuradas, no pueden reclamar ni buscar una solución. Una señal explícita con un motivo obliga a rendir
    cuentas por el bloqueo. El RFC 9620 pide a los protocolos que hagan visible la restricción del acceso;
    es una mitigación parcial, porque el bloqueo sigue produciéndose.
rule-CENS010-fix =
    Defina códigos de error distintos para el bloqueo por el operador, por una exigencia externa y a petición
    de la persona usuaria, y permita que las implementaciones le muestren el motivo.

rule-CENS011-summary =
    Los nombres de los sitios que visitan las personas van cifrados, así que la red no puede señalarlos para bloquearlos.
rule-CENS011-why =
    Los censores suelen bloquear por el nombre del servidor que TLS envía en claro. Cifrarlo, como hace
    Encrypted Client Hello, obliga al censor a bloquear servicios enteros en lugar de sitios concretos, y
    protege de los observadores lo que leen las personas. El RFC 9620 lo cita como ejemplo de resistencia a la
    censura.
rule-CENS011-fix =
    Haga que el cifrado de nombres sea la opción por defecto cuando el protocolo transporta nombres, y
    describa lo que sigue siendo visible.

rule-CENS012-summary =
    El filtrado solo se aplica cuando la persona usuaria lo pide o puede desactivarlo, en lugar de imponérsele.
rule-CENS012-why =
    Un filtrado que la persona eligió, como un filtro contra programas maliciosos o un control parental que
    activó ella misma, respeta su autonomía. El mismo mecanismo impuesto por una red o un Estado es censura.
    La diferencia clave es que la persona mantenga el control.
rule-CENS012-fix =
    Haga que el filtrado sea opcional y esté bajo el control de la persona usuaria, y distinga en las señales
    del protocolo el filtrado pedido por ella del bloqueo por el operador o por una exigencia externa.

rule-CENS013-summary =
    El bloqueo alcanza más que su objetivo y corta contenidos legales o sitios ajenos que comparten la misma dirección o nombre.
rule-CENS013-why =
    Muchos sitios comparten direcciones, servidores y dominios, así que bloquear uno suele bloquear miles de
    otros. Las personas pierden el acceso a información y servicios legales sin que nadie haya decidido
    bloquearlos. El RFC 7754 trata estos daños colaterales.
rule-CENS013-fix =
    Evite diseños que obliguen a un bloqueo poco preciso (direcciones compartidas, nombres compartidos), y
    documente los efectos colaterales de cualquier bloqueo que admita el protocolo.

rule-CENT001-summary =
    Una sola parte controla un elemento del sistema del que todos dependen, lo que le da poder para excluir o censurar.
rule-CENT001-why =
    Cuando una sola empresa, registro o autoridad controla una función que todos necesitan, puede decidir quién
    participa, puede recibir presiones de los gobiernos y se convierte en un único objetivo para la vigilancia y
    en un único punto de fallo. El RFC 9620 pregunta si un protocolo puede funcionar sin un único punto de
    control.
rule-CENT001-fix =
    Permita varios operadores o raíces de confianza independientes, deje que las personas elijan entre ellos y
    documente quién controla cualquier función central que quede y cómo se supervisa ese control.

rule-CENT002-summary =
    Las personas deben tener una cuenta con un proveedor concreto para usar el protocolo o el dispositivo.
rule-CENT002-why =
    Una cuenta obligatoria ata a las personas a un proveedor, le da un registro de quién usa el servicio y le
    permite dejar fuera a cualquiera. Quienes no tienen los documentos, el medio de pago o la identidad que se
    exigen pueden quedar excluidos por completo.
rule-CENT002-fix =
    Permita que el protocolo funcione sin cuenta cuando sea posible, admita cualquier proveedor compatible y
    reduzca al mínimo los datos de la cuenta.

rule-CENT003-summary =
    Usar o implementar el protocolo depende de tecnología propietaria, tasas o documentos que no están disponibles abiertamente.
rule-CENT003-why =
    Si una norma solo se puede implementar con el código de un proveedor, licencias de pago o especificaciones
    que solo se consiguen pagando, solo algunos pueden construirla. Eso encierra a las personas usuarias en productos concretos y
    deja fuera a quienes implementan de forma independiente o en código abierto. El RFC 9620 §4.7 pregunta por
    las dependencias propietarias.
rule-CENT003-fix =
    Sustituya las dependencias propietarias por especificaciones abiertas y de libre acceso, e informe de
    cualquier patente o tasa necesaria para implementar la norma.

rule-CENT004-summary =
    El sistema solo funciona a través de la nube o los servidores de una empresa, que puede apagarlo o dejar fuera a las personas.
rule-CENT004-why =
    Cuando los dispositivos o protocolos solo pueden comunicarse a través del servicio de un proveedor
    concreto, las personas pierden el uso de lo que poseen si el proveedor quiebra, cambia sus condiciones o
    recibe la orden de cortarles el servicio, y toda su actividad pasa por esa única empresa.
rule-CENT004-fix =
    Permita que el servicio se aloje por cuenta propia o lo preste cualquier operador compatible, y haga
    posible el funcionamiento local sin el proveedor.

rule-CENT005-summary =
    El diseño canaliza el tráfico o los datos de todo el mundo a través de uno o unos pocos operadores.
rule-CENT005-why =
    Cuando todas las consultas o mensajes pasan por uno o unos pocos grandes operadores, estos ven lo que hace
    todo el mundo, pueden recibir presiones para bloquear o entregar datos y se convierten en puntos únicos de
    fallo. El RFC 9620 señala que la centralización facilita la vigilancia y la censura.
rule-CENT005-fix =
    Permita muchos operadores independientes, reparta el tráfico entre ellos, deje elegir a las personas y
    evite configuraciones por defecto que envíen a todos al mismo sitio.

rule-CENT006-summary =
    Solo pueden participar programas o dispositivos aprobados por un proveedor o una plataforma, que se convierte en guardián del acceso.
rule-CENT006-why =
    Si una empresa decide qué implementaciones pueden conectarse, puede excluir a competidores, proyectos de
    código abierto y aplicaciones que no le gustan, y pueden obligarla a retirar herramientas de las que
    dependen las personas, como las aplicaciones para eludir la censura o de mensajería cifrada.
rule-CENT006-fix =
    Deje participar a cualquier implementación que siga la norma y, si hace falta una certificación, permita
    varios certificadores independientes con criterios públicos.

rule-CENT007-summary =
    El diseño ata a las personas a un proveedor, plataforma o red, y hace difícil cambiar.
rule-CENT007-why =
    La dependencia forzada permite a una empresa fijar las condiciones que las personas deben aceptar, incluido
    lo que pueden decir y quién puede ver sus datos, porque irse significa perder contactos, datos o
    dispositivos. Los ecosistemas cerrados también dividen Internet en islas separadas.
rule-CENT007-fix =
    Use formatos y protocolos abiertos, permita la interoperabilidad con otros proveedores y facilite llevar los
    datos y los identificadores a otro lugar.

rule-CENT008-summary =
    El diseño reparte el control entre muchas partes independientes en lugar de concentrarlo en una.
rule-CENT008-why =
    Los sistemas descentralizados no tienen una sola parte que pueda desconectar a todos, leer los datos de
    todos o decidir quién participa. El RFC 9620 §4.19 describe la descentralización como un concepto central
    de la arquitectura de Internet.
rule-CENT008-fix =
    Haga explícita esta propiedad y compruebe que las opciones por defecto y los consejos de despliegue no
    vuelven a centralizar el sistema en la práctica.

rule-CENT009-summary =
    Proveedores independientes pueden tener cada uno sus propios servidores y aun así comunicarse entre sí, como en el correo electrónico.
rule-CENT009-why =
    La federación permite a las personas elegir o gestionar su propio proveedor sin dejar de comunicarse con
    todos los demás. Ninguna empresa controla la red, y las personas pueden dejar un proveedor sin perder sus
    contactos. El RFC 9620 pregunta si un protocolo puede desplegarse de forma federada.
rule-CENT009-fix =
    Haga de la federación el modelo normal de despliegue, especifique por completo la interoperabilidad entre
    servidores y evite funciones que solo funcionen dentro de un proveedor.

rule-CENT010-summary =
    El diseño se basa en normas y programas abiertos y de libre acceso que cualquiera puede implementar.
rule-CENT010-why =
    Las normas abiertas permiten a cualquiera crear programas compatibles, incluidos proyectos de código
    abierto y pequeñas empresas, de modo que las personas no quedan atadas a un proveedor y pueden examinar
    cómo funcionan sus herramientas. El RFC 9620 §4.7 explica por qué la apertura importa para los derechos.
rule-CENT010-fix =
    Mantenga abiertas y de libre acceso las dependencias normativas, e informe de cualquier reivindicación de
    patentes.

rule-CENT011-summary =
    El texto afirma que ninguna parte controla el sistema ni es imprescindible para él.
rule-CENT011-why =
    Un diseño que no depende de ninguna autoridad ni proveedor único no puede ser apagado, censurado ni
    monopolizado por una parte, y las personas conservan la elección de en quién confiar.
rule-CENT011-fix =
    Mantenga esa afirmación con carácter normativo y compruebe que también se cumple en las opciones por
    defecto y en el arranque inicial del sistema.

rule-CENT012-summary =
    Existen varias implementaciones o proveedores independientes que interoperan, así que las personas no quedan atadas a un proveedor.
rule-CENT012-why =
    Cuando muchos equipos independientes implementan una norma y sus productos funcionan juntos, ningún
    proveedor controla la tecnología, y las personas pueden cambiar si uno les falla.
rule-CENT012-fix =
    Informe del estado de las implementaciones y de la interoperabilidad, y evite funciones que solo una
    implementación pueda ofrecer.

rule-CENT013-summary =
    Las personas pueden elegir o cambiar de proveedor y llevarse sus datos e identificadores.
rule-CENT013-why =
    Poder elegir proveedor, e irse con los propios datos y la propia dirección, impide que un proveedor tenga
    a las personas cautivas. También les da una solución cuando un proveedor las trata mal.
rule-CENT013-fix =
    Evite proveedores fijados en el código, facilite configurar alternativas y especifique formatos de
    exportación para los datos de las personas usuarias.

rule-CONS001-summary =
    El documento no tiene sección de consideraciones de seguridad (Security Considerations).
rule-CONS001-why =
    Todo RFC debe explicar cómo se puede atacar su protocolo y cómo se protege a las personas (RFC 3552). Sin
    esa sección, no se puede saber si los autores pensaron siquiera en los atacantes, y los daños a las
    personas que usan el protocolo quedan sin examinar.
rule-CONS001-fix =
    Añada una sección de consideraciones de seguridad según el RFC 3552: amenazas, qué protege el protocolo y
    qué no protege.

rule-CONS002-summary =
    El documento no tiene sección de consideraciones para la IANA (IANA Considerations).
rule-CONS002-why =
    La sección de consideraciones para la IANA indica qué registros públicos crea o usa un documento. Es
    obligatoria en los RFC, y su ausencia suele ser señal de un documento antiguo o incompleto cuyas otras
    secciones de consideraciones también conviene revisar.
rule-CONS002-fix =
    Añada una sección de consideraciones para la IANA, aunque solo diga que el documento no requiere ninguna
    acción de la IANA (RFC 8126).

rule-CONS003-summary =
    El documento trata datos personales pero no tiene sección de consideraciones de privacidad (Privacy Considerations).
rule-CONS003-why =
    Cuando un protocolo transporta o guarda información sobre las personas, como su ubicación, su identidad o
    su actividad, quien lo lee necesita saber quién puede verla, cuánto tiempo se conserva y cómo podría
    usarse mal. El RFC 6973 pide a quienes diseñan protocolos que respondan a estas preguntas en una sección
    de consideraciones de privacidad.
rule-CONS003-fix =
    Añada una sección de consideraciones de privacidad según el RFC 6973 §7: datos recogidos, quién los ve,
    conservación y minimización.

rule-CONS004-summary =
    El documento trata de vigilancia, interceptación o censura pero no tiene consideraciones de derechos humanos (Human Rights Considerations).
rule-CONS004-why =
    La interceptación, la vigilancia y la censura afectan directamente a la privacidad y a la libertad de
    expresión. El RFC 9620 ofrece pautas para revisar este tipo de documentos, y una sección de
    consideraciones de derechos humanos muestra que los autores sopesaron el impacto sobre las personas y
    sobre los grupos en riesgo.
rule-CONS004-fix =
    Añada una sección de consideraciones de derechos humanos que responda a las preguntas del RFC 9620 §4 que
    correspondan.

rule-CONS005-summary =
    El documento transporta texto que se muestra a las personas pero no tiene sección de consideraciones de internacionalización (Internationalization Considerations).
rule-CONS005-why =
    El texto que leen las personas debe funcionar en su idioma y su escritura. El RFC 2277 pide a todo
    protocolo que transporte texto legible por personas que explique cómo trata los juegos de caracteres y
    los idiomas, normalmente en una sección de consideraciones de internacionalización.
rule-CONS005-fix =
    Añada consideraciones de internacionalización (RFC 2277 §6): juego de caracteres (UTF-8), etiquetas de
    idioma y localización.

rule-CONS006-summary =
    El documento afecta a las necesidades de las personas con discapacidad pero no tiene sección de consideraciones de accesibilidad (Accessibility Considerations).
rule-CONS006-why =
    Cuando un documento afecta a cómo se comunican las personas sordas, ciegas o con otras discapacidades, una
    sección propia permite a quien revisa comprobar qué les funciona y qué no. El RFC 9620 pregunta si un
    protocolo ofrece un entorno que permita participar a todas las personas.
rule-CONS006-fix =
    Añada consideraciones de accesibilidad: qué modalidades se admiten, qué alternativas hay y qué pautas del
    W3C se siguen.

rule-CONS007-summary =
    La sección de consideraciones de seguridad tiene solo una o dos frases.
rule-CONS007-why =
    Una sección de consideraciones de seguridad de pocas palabras rara vez demuestra que se analizaron las
    amenazas para las personas usuarias. El RFC 3552 pide describir los ataques considerados, contra qué
    protege el protocolo y qué deja abierto, para que quienes lo implementan y lo usan conozcan los riesgos.
rule-CONS007-fix =
    Amplíe la sección según el RFC 3552 §5, o explique brevemente por qué el documento no puede afectar a la
    seguridad.

rule-CONS008-summary =
    La sección de consideraciones de seguridad se limita a afirmar que el documento no plantea problemas de seguridad.
rule-CONS008-why =
    Afirmar que "no hay consideraciones de seguridad" sin un análisis no da nada que comprobar, y las nuevas
    funciones a menudo cambian quién puede ver o alterar los datos de las personas. El RFC 3552 pide mostrar
    el análisis que lleva a esa conclusión.
rule-CONS008-fix =
    Explique por qué: qué amenazas se consideraron, qué análisis existentes se aplican (con referencias) y qué
    queda abierto.

rule-CONS009-summary =
    La sección de consideraciones de privacidad se limita a afirmar que el documento no plantea problemas de privacidad.
rule-CONS009-why =
    Decir que "no hay consideraciones de privacidad" sin un análisis oculta cómo los identificadores, los
    metadatos o los datos guardados podrían revelar cosas sobre las personas. El RFC 6973 ofrece una lista de
    amenazas y preguntas que conviene recorrer antes de llegar a esa conclusión.
rule-CONS009-fix =
    Recorra las amenazas del RFC 6973 §5 y las preguntas del §7 y anote las respuestas, aunque sean breves.

rule-CONS010-summary =
    La sección de consideraciones de privacidad analiza las amenazas a la privacidad y sus mitigaciones según el RFC 6973.
rule-CONS010-why =
    El RFC 6973 explica cómo analizar la privacidad de un protocolo: qué datos expone, quién puede
    relacionarlos o identificar a las personas y cómo reducir los datos al mínimo. Una sección que lo sigue da
    a quien lee una explicación real de los riesgos para las personas.
rule-CONS010-fix =
    Mantenga el análisis al día a medida que cambia el protocolo, y cubra cada pregunta del RFC 6973 §7.

rule-CONS011-summary =
    La sección de consideraciones de derechos humanos revisa el documento con las pautas del RFC 8280 / RFC 9620.
rule-CONS011-why =
    El RFC 9620 (que actualiza el RFC 8280) plantea preguntas que relacionan el diseño de protocolos con
    derechos como la libertad de expresión, la privacidad y la no discriminación. Una sección que las recorre
    muestra que los autores sopesaron el efecto del diseño sobre las personas, incluidos los grupos en riesgo.
rule-CONS011-fix =
    Responda a cada pregunta del RFC 9620 §4 que corresponda, y relacione las respuestas con las partes del
    diseño a las que afectan.

rule-CONS012-summary =
    La sección de consideraciones de seguridad analiza amenazas, como atacantes en el camino de los datos o la vigilancia generalizada.
rule-CONS012-why =
    Una sección de seguridad que nombra un modelo de amenazas y los atacantes considerados, como pide el
    RFC 3552 y exige el RFC 7258 para la vigilancia generalizada, da a quienes implementan y usan el protocolo una
    base para confiar en él.
rule-CONS012-fix =
    Mantenga explícito el modelo de amenazas e indique qué amenazas quedan abiertas.

rule-CONS013-summary =
    La sección de consideraciones de internacionalización explica cómo se trata el texto en cualquier escritura e idioma.
rule-CONS013-why =
    Una sección de consideraciones de internacionalización que resuelve la codificación de caracteres, el
    etiquetado del idioma y la comparación de textos muestra que las personas que escriben en cualquier
    escritura pueden usar el protocolo, como pide el RFC 2277.
rule-CONS013-fix =
    Cubra la codificación (UTF-8), las etiquetas de idioma, la comparación (PRECIS) y la presentación del
    texto, según el RFC 2277 §6.

rule-CONS014-summary =
    La sección Security Considerations dice qué expone el protocolo sobre las personas: su identidad, su
    actividad o sus datos personales.
rule-CONS014-why =
    Una sección de seguridad que solo habla de ataques contra los servidores deja sin respuesta la pregunta
    por las personas que usan el protocolo. Cuando dice qué se puede saber o rastrear de los usuarios, y qué
    los protege, quienes leen e implementan pueden valorar el coste para la privacidad, como pide el RFC
    6973.
rule-CONS014-fix =
    Siga diciendo quién puede saber qué sobre los usuarios y qué lo limita; un texto largo puede pasar a una
    sección Privacy Considerations propia.

rule-CONS015-summary =
    El resumen dice que el documento trata de la privacidad: su análisis o su protección es el objetivo del
    documento.
rule-CONS015-why =
    Cuando el resumen dice que un documento analiza amenazas a la privacidad o la protege, todo el documento
    es su análisis de privacidad, se llamen como se llamen sus secciones. Se puede esperar en todo el texto
    el análisis que pide el RFC 6973.
rule-CONS015-fix =
    Mantenga el análisis unido al texto del protocolo al que se refiere y diga qué amenazas siguen abiertas.

rule-CONS016-summary =
    La sección Privacy Considerations dice qué expone el protocolo sobre las personas: su identidad, su
    actividad o sus datos personales.
rule-CONS016-why =
    Una sección de privacidad que dice qué se puede saber o rastrear de los usuarios, y qué los protege,
    permite valorar el coste del protocolo para la privacidad, como pide el RFC 6973. Es la señal más clara
    de que los autores pensaron en las personas detrás del tráfico.
rule-CONS016-fix =
    Siga diciendo quién puede saber qué sobre los usuarios, qué lo limita y qué amenazas siguen abiertas.

rule-ENC001-summary =
    Aquí el cifrado es opcional, así que parte del tráfico puede viajar legible para cualquiera que esté en el camino.
rule-ENC001-why =
    Cuando el cifrado es opcional, los despliegues a menudo lo dejan desactivado, y las comunicaciones de las
    personas viajan en claro. El RFC 7258 pide a los protocolos que mitiguen la vigilancia generalizada, y el
    cifrado opcional no lo hace.
rule-ENC001-fix =
    Haga que el cifrado sea obligatorio de implementar y de usar (MUST), o explique por qué no puede serlo.

rule-ENC002-summary =
    Si falla la protección fuerte, el protocolo sigue en silencio con un cifrado más débil o sin cifrado.
rule-ENC002-why =
    Un atacante situado en el camino puede bloquear la conexión fuerte y forzar la débil o la no cifrada. La
    vuelta atrás silenciosa hace que las personas crean estar protegidas mientras sus comunicaciones se
    pueden leer.
rule-ENC002-fix =
    Prohíba volver al texto en claro o a versiones más débiles (MUST NOT), autentique la negociación y
    haga que el cliente guarde constancia de que el otro extremo admite cifrado (como hacen HSTS y
    MTA-STS).

rule-ENC003-summary =
    El texto envía datos por la red sin cifrar.
rule-ENC003-why =
    Todo lo que se envía en claro puede ser leído, copiado y guardado por cada red que atraviesa: operadores,
    atacantes y vigilancia estatal por igual. Las credenciales enviadas en claro también permiten a otros
    hacerse pasar por las personas.
rule-ENC003-fix =
    Cifre los datos en tránsito (MUST), y nunca envíe contraseñas ni tokens en claro.

rule-ENC004-summary =
    El intercambio de claves no tiene secreto hacia adelante: una sola clave robada descifra todo el tráfico pasado que se haya grabado.
rule-ENC004-why =
    Con claves estáticas o con transporte de claves RSA, quien grabe el tráfico hoy y consiga más tarde la
    clave del servidor puede descifrarlo todo. Justamente de esto depende la vigilancia a gran escala.
rule-ENC004-fix =
    Use un intercambio de claves (EC)DH efímero en cada sesión y no reutilice las partes de clave.

rule-ENC005-summary =
    El texto entrega claves de cifrado a un equipo intermedio o a un tercero para que pueda leer el tráfico cifrado.
rule-ENC005-why =
    Las claves exportadas o compartidas vuelven legible el tráfico cifrado para quien las tenga. El mismo
    mecanismo que sirve a un equipo de seguridad sirve a un espía, y las personas no pueden saber quién está
    leyendo.
rule-ENC005-fix =
    No exporte claves de sesión a terceros. Haga la inspección en los extremos, con conocimiento de las
    personas que se comunican.

rule-ENC006-summary =
    El texto permite opciones de cifrado que no cifran nada, o que cifran de forma deliberadamente débil.
rule-ENC006-why =
    Los cifrados NULL envían datos que cualquiera puede leer aunque parezca una conexión segura, y los cifrados
    de exportación se debilitaron a propósito para que los gobiernos pudieran romperlos. Ambos exponen las
    comunicaciones de las personas.
rule-ENC006-fix =
    Prohíba los cifrados NULL y de exportación (MUST NOT negociarlos), o explique por qué basta con proteger
    solo la integridad.

rule-ENC007-summary =
    El texto exige o permite un algoritmo criptográfico roto (MD5, SHA-1, RC4, DES).
rule-ENC007-why =
    Estos algoritmos se pueden romper con una capacidad de cálculo asequible, así que la protección que
    prometen desaparece: el tráfico se puede leer o falsificar. Exigirlos mantiene vivo un cifrado débil en los
    sistemas en uso.
rule-ENC007-fix =
    Sustitúyalos por algoritmos actuales (SHA-256, AES-GCM, ChaCha20-Poly1305) y prohíba los antiguos
    (MUST NOT).

rule-ENC008-summary =
    El texto prohíbe algoritmos criptográficos rotos u opciones de cifrado débiles.
rule-ENC008-why =
    Prohibir los algoritmos rotos elimina opciones que los atacantes podrían forzar o aprovechar, y así las
    personas reciben la protección prometida. El RFC 7465 (sin RC4) y el RFC 6151 (MD5) son ejemplos.
rule-ENC008-fix =
    Mantenga la prohibición e indique los algoritmos actuales que deben usarse en su lugar.

rule-ENC009-summary =
    El texto cifra el tráfico por defecto, o al menos de forma oportunista en lugar de no cifrarlo.
rule-ENC009-why =
    El cifrado activado por defecto protege a todo el mundo, incluidas las personas que nunca cambian la
    configuración. El RFC 7435 explica que, frente a la vigilancia pasiva, el cifrado oportunista es mejor que
    nada.
rule-ENC009-fix =
    Mantenga el valor por defecto; cuando sea posible, autentique también al otro extremo para detener
    además a los atacantes activos.

rule-ENC010-summary =
    El texto exige que el tráfico del protocolo vaya cifrado.
rule-ENC010-why =
    El cifrado obligatorio protege a todas las personas que usan el protocolo, no solo a aquellas cuyo
    operador decidió activarlo. Es la principal defensa contra la vigilancia generalizada (RFC 7258).
rule-ENC010-fix =
    Mantenga el requisito y especifique un mecanismo de cifrado actual y autenticado.

rule-ENC011-summary =
    El texto da claves nuevas a cada sesión, así que una clave robada más tarde no descifra el tráfico pasado grabado.
rule-ENC011-why =
    El secreto hacia adelante significa que grabar el tráfico hoy y robar una clave mañana no basta para
    leerlo. Hace mucho menos útil para la vigilancia la recogida masiva de tráfico cifrado.
rule-ENC011-fix =
    Mantenga el secreto hacia adelante y exíjalo (MUST) en cada sesión.

rule-ENC012-summary =
    El texto impide que los atacantes fuercen las conexiones a un cifrado más débil o a ninguno.
rule-ENC012-why =
    La protección contra la degradación mantiene el cifrado fuerte que admiten ambos extremos incluso cuando
    un atacante interfiere. Sin ella, es fácil eliminar una seguridad fuerte que sea opcional.
rule-ENC012-fix =
    Mantenga la protección y hágala obligatoria para las implementaciones.

rule-ENC013-summary =
    El texto cifra las consultas DNS o el nombre del servidor, y oculta qué sitios visitan las personas.
rule-ENC013-why =
    Las consultas DNS y el nombre del servidor en TLS revelan qué servicios usa una persona, aunque el
    contenido esté cifrado. Cifrarlos (DoT, DoH, ECH) elimina una gran fuente de datos para la vigilancia y la
    censura.
rule-ENC013-fix =
    Mantenga la protección y hágala la opción por defecto cuando el protocolo lo permita.

rule-GROUP001-summary =
    Las personas deben demostrar su edad, lo que puede revelar su identidad y dejar fuera a quienes no pueden demostrarla.
rule-GROUP001-why =
    La verificación de edad suele exigir un documento de identidad, un escaneo facial o un tercero de
    confianza, así que las personas revelan quiénes son o qué aspecto tienen solo para leer o expresarse.
    Quienes no tienen documentos, las personas migrantes y algunas personas con discapacidad pueden no
    superarla nunca, y tanto adultos como menores pierden el anonimato. El taller del IAB sobre verificación
    de edad (RFC 9998) recoge estas contrapartidas.
rule-GROUP001-fix =
    Evite las verificaciones de edad en el protocolo; si la ley las exige, use métodos que solo revelen un
    tramo de edad (pruebas de conocimiento cero), que se ejecuten en el dispositivo de la persona y no
    guarden registros, y ofrezca una alternativa a quienes no puedan superarlas.

rule-GROUP002-summary =
    El texto define un campo para el género o el sexo de una persona.
rule-GROUP002-why =
    Registrar el género o el sexo puede revelar que una persona es trans o no binaria, exponerla a la
    discriminación y obligar a las personas a encajar en dos casillas que no las describen. La declaración de
    la FOC pide que las normas tengan en cuenta el género y a las personas LGBTQIA+. Muchos servicios nunca
    necesitan este dato.
rule-GROUP002-fix =
    No incluya el género salvo que sea imprescindible; si hace falta, hágalo opcional, admita valores más allá
    de hombre y mujer, incluido texto libre y "prefiero no decirlo", e indique quién puede verlo.

rule-GROUP003-summary =
    El texto trata datos sobre niños, niñas o estudiantes, que necesitan una protección adicional.
rule-GROUP003-why =
    Los niños y niñas no pueden juzgar del todo ni consentir cómo se usan sus datos, y los registros hechos
    en la infancia pueden acompañarles toda la vida. Los datos sobre dónde están o con quién hablan pueden
    ponerlos en peligro. La declaración de la FOC pide que las normas presten especial atención a los derechos
    de la infancia.
rule-GROUP003-fix =
    Recoja lo mínimo posible sobre los menores, guárdelo en el dispositivo o cifrado de extremo a extremo,
    bórrelo pronto y explique las protecciones en una sección de consideraciones de privacidad.

rule-GROUP004-summary =
    El texto trata datos especialmente sensibles sobre las personas, como la salud, la religión, el origen étnico o la orientación sexual.
rule-GROUP004-why =
    Datos como la salud, la religión, el origen étnico, las opiniones políticas o la orientación sexual pueden
    llevar a persecución, discriminación o violencia cuando se filtran o se deducen. Muchas leyes los tratan
    como categorías especiales que necesitan la máxima protección.
rule-GROUP004-fix =
    Evite que el protocolo transporte estos datos; si es inevitable, hágalos opcionales, cífrelos de extremo a
    extremo, limite quién puede verlos y trate los riesgos en las consideraciones de privacidad y de derechos
    humanos.

rule-GROUP005-summary =
    El texto podría ayudar a encontrar o vigilar a personas especialmente en riesgo, como periodistas, activistas o refugiados.
rule-GROUP005-why =
    Periodistas, activistas, defensores de derechos humanos, personas refugiadas y supervivientes de abusos
    pueden sufrir violencia, detención o represalias si alguien descubre dónde están o con quién hablan. El
    RFC 8280 recoge cómo se ha usado la tecnología de vigilancia contra ellos. Una función inofensiva para la
    mayoría puede poner en peligro la vida de estos grupos.
rule-GROUP005-fix =
    Diseñe de modo que ninguna parte pueda señalar, localizar o desenmascarar a una persona: reduzca al mínimo
    y cifre los datos identificativos, evite los identificadores estables y describa la amenaza para los
    grupos en riesgo en las consideraciones de derechos humanos.

rule-GROUP006-summary =
    Solo se admiten algunos idiomas o escrituras, lo que deja fuera a quienes hablan lenguas minoritarias.
rule-GROUP006-why =
    Quienes hablan lenguas minoritarias e indígenas, y quienes escriben de derecha a izquierda o con
    escrituras complejas, suelen ser los últimos en recibir soporte. Cuando una norma solo sirve para las
    grandes lenguas o para la escritura latina, estas comunidades no pueden usarla en su propio idioma y se
    ven empujadas a abandonarlo.
rule-GROUP006-fix =
    Admita todo Unicode, el texto bidireccional y las etiquetas de idioma para cualquier lengua (BCP 47), no
    una lista elegida.

rule-GROUP007-summary =
    El texto admite controles parentales que filtran o vigilan lo que hacen los menores en línea.
rule-GROUP007-why =
    Los controles parentales pueden proteger a los niños pequeños, pero las mismas herramientas filtran lo que
    pueden aprender los adolescentes, leen sus mensajes privados y pueden usarse contra parejas o adultos. Los
    menores también tienen derecho a la privacidad y a la información, y los filtros a nivel de red a menudo
    bloquean información sobre salud, sexualidad o temas LGBTQIA+.
rule-GROUP007-fix =
    Mantenga estos controles en el dispositivo, bajo el control de la familia, visibles para el menor,
    proporcionados a su edad e imposibles de usar por redes o terceros; trátelo en las consideraciones de
    derechos humanos.

rule-GROUP008-summary =
    El texto tiene en cuenta las necesidades y la seguridad de los grupos especialmente en riesgo.
rule-GROUP008-why =
    Nombrar a quienes corren más riesgo (minorías, pueblos indígenas, personas LGBTQIA+, menores, personas
    refugiadas) es lo que permite a quienes diseñan protegerlos. La declaración de la FOC pide prestar
    especial atención a las personas en situación de vulnerabilidad, y el RFC 9620 pregunta por las
    consecuencias negativas para grupos y personas.
rule-GROUP008-fix =
    Convierta esa preocupación en protecciones concretas: minimización de datos, anonimato, opciones seguras
    por defecto y vías para denunciar.

rule-GROUP009-summary =
    Las personas pueden denunciar o bloquear el acoso y el abuso.
rule-GROUP009-why =
    Las mujeres, las personas LGBTQIA+, las minorías y los activistas sufren mucho más acoso en línea que los
    demás. Una forma de bloquear a los agresores y denunciar el abuso, sin exponer a la víctima ni romper el
    cifrado para todos, les da una vía de reparación. El RFC 9620 pregunta si un protocolo respalda el derecho
    a un recurso.
rule-GROUP009-fix =
    Defina mecanismos de bloqueo y denuncia que funcionen con cifrado de extremo a extremo y no revelen quién
    denuncia.

rule-GROUP010-summary =
    El texto tiene en cuenta la seguridad de periodistas, activistas y defensores de derechos humanos.
rule-GROUP010-why =
    Periodistas, activistas y defensores de derechos humanos dependen de Internet para informar y organizarse,
    y son objetivos frecuentes de vigilancia y ataques. Los protocolos que les permiten comunicarse de forma
    segura y anónima y acceder a información bloqueada ayudan a proteger la libertad de expresión de todos.
rule-GROUP010-fix =
    Indique qué protecciones (cifrado, anonimato, resistencia a la censura) ayudan a estas personas, y sus
    límites.

rule-GROUP011-summary =
    Los datos personales como el género son opcionales, abiertos o descritos por la propia persona.
rule-GROUP011-why =
    Cuando el género y otros datos similares son opcionales y abiertos, nadie está obligado a revelarlos ni a
    elegir una casilla que no le describe. vCard 4 (RFC 6350) permite que la identidad de género sea texto
    libre y admite "otro", "ninguno" y "desconocido".
rule-GROUP011-fix =
    Mantenga estos datos opcionales, admita texto libre y "prefiero no decirlo", y nunca los exija para
    prestar el servicio.

rule-GROUP012-summary =
    Las personas pueden decidir no participar, o deben dar su consentimiento antes de que se usen sus datos.
rule-GROUP012-why =
    El consentimiento y una forma real de darse de baja permiten a las personas, y sobre todo a las que están
    en riesgo, rechazar el rastreo o la cesión de datos que podrían perjudicarlas. El RFC 6973 incluye la
    participación de las personas usuarias entre las formas de mitigar las amenazas a la privacidad. El
    consentimiento previo por defecto protege a quienes nunca encuentran el ajuste.
rule-GROUP012-fix =
    Prefiera el consentimiento previo para todo lo que comparta datos personales, haga que darse de baja sea
    fácil y duradero, y dígalo en el texto.

rule-GROUP013-summary =
    El texto admite lenguas y escrituras minoritarias, indígenas o de derecha a izquierda.
rule-GROUP013-why =
    Admitir todas las escrituras, incluidas las de derecha a izquierda y las complejas, y las lenguas
    minoritarias e indígenas permite a estas comunidades usar Internet en su propio idioma. La declaración de
    la FOC pide una atención especial a los pueblos indígenas y a las personas en situación de
    vulnerabilidad.
rule-GROUP013-fix =
    Mantenga el soporte para todas las escrituras y el texto bidireccional, y permita etiquetar cualquier
    idioma (BCP 47).

rule-I18N001-summary =
    El texto destinado a las personas se limita a las letras latinas básicas (ASCII), así que la mayor parte del mundo no puede escribir en él.
rule-I18N001-why =
    La mayoría de las personas escriben con escrituras distintas del latín básico, o necesitan acentos que
    ASCII no tiene. Cuando los nombres, mensajes o descripciones que se muestran a las personas deben estar en
    ASCII, esas personas no pueden usar su propio nombre ni su idioma. El RFC 2277 exige que los protocolos
    transporten el texto legible por personas en UTF-8.
rule-I18N001-fix =
    Permita toda la gama de Unicode en UTF-8 para el texto destinado a las personas (RFC 2277, RFC 3629),
    etiquételo con su idioma (BCP 47) y reserve ASCII para los elementos del protocolo que las personas nunca
    ven.

rule-I18N002-summary =
    Se supone que el texto usa un antiguo juego de caracteres de Europa occidental si no se indica otra cosa.
rule-I18N002-why =
    Tomar ISO-8859-1 o ASCII por defecto significa que el texto en la mayoría de las escrituras del mundo se
    deforma o se pierde cada vez que falta la etiqueta. El RFC 2277 pide a los protocolos que usen UTF-8, que
    cubre todas las escrituras, y HTTP eliminó por este motivo su valor por defecto ISO-8859-1.
rule-I18N002-fix =
    Haga de UTF-8 la codificación por defecto y obligatoria para el texto (RFC 2277, RFC 3629).

rule-I18N003-summary =
    El texto destinado a las personas debe estar en inglés, que muchas personas no saben leer.
rule-I18N003-why =
    La mayoría de las personas del mundo no leen bien el inglés. Cuando los mensajes, descripciones o errores
    deben estar en inglés, no entienden lo que el sistema les dice. El RFC 2277 solo admite el inglés como
    valor por defecto cuando no se conoce el idioma de quien lee, junto con una forma de usar otros idiomas.
rule-I18N003-fix =
    Permita texto en cualquier idioma, etiquételo con su idioma (BCP 47) y deje que el receptor pida un
    idioma; use el inglés solo como último recurso cuando no se sepa nada más (RFC 2277 §4.5).

rule-I18N004-summary =
    Los nombres de las personas, los nombres de usuario o las direcciones de correo deben escribirse con letras latinas básicas (ASCII).
rule-I18N004-why =
    El nombre forma parte de la identidad de una persona. Si los nombres de usuario, los nombres visibles o
    las direcciones de correo solo pueden usar ASCII, quienes escriben en árabe, chino, devanagari o cualquier
    escritura con acentos deben adoptar una forma extranjera de su propio nombre. El correo internacionalizado
    (RFC 6530) y PRECIS (RFC 8265) muestran cómo hacerlo mejor.
rule-I18N004-fix =
    Acepte nombres de usuario y direcciones en Unicode, preparados con PRECIS (RFC 8265) o con el correo
    internacionalizado (RFC 6530–6532), y conserve una forma ASCII solo donde la exija un sistema antiguo.

rule-I18N005-summary =
    El texto con caracteres fuera del latín básico (ASCII) se rechaza o se elimina.
rule-I18N005-why =
    Rechazar o eliminar los caracteres no ASCII rompe en silencio nombres y mensajes escritos en la mayoría de
    las lenguas del mundo. Las personas pueden perder parte de su nombre o no poder enviar su mensaje en
    absoluto.
rule-I18N005-fix =
    Acepte texto UTF-8 y prepárelo con PRECIS (RFC 8264) cuando haya que compararlo, en lugar de rechazarlo.

rule-I18N006-summary =
    No se indica la codificación de caracteres del texto, así que el receptor debe adivinarla y puede deformarlo.
rule-I18N006-why =
    Cuando el texto no lleva una etiqueta que diga cómo está codificado, los receptores adivinan, y el texto
    en escrituras distintas del latín básico sale como un galimatías. El RFC 2277 exige que cualquier juego de
    caracteres distinto de UTF-8 se identifique explícitamente, y el RFC 9620 advierte contra dejar el juego de
    caracteres a las suposiciones locales.
rule-I18N006-fix =
    Exija UTF-8, o exija que todo texto lleve la etiqueta de su juego de caracteres (RFC 2277 §3.2).

rule-I18N007-summary =
    El texto destinado a las personas no lleva ninguna etiqueta que diga en qué idioma está.
rule-I18N007-why =
    Sin etiqueta de idioma, los programas no pueden elegir las fuentes, la ortografía, la voz sintética o la
    traducción adecuadas, ni ofrecer a las personas texto en un idioma que entiendan. Los lectores de
    pantalla lo leen con una pronunciación equivocada. El RFC 2277 pide a los protocolos que identifiquen el
    idioma del texto legible por personas.
rule-I18N007-fix =
    Etiquete el texto legible por personas con una etiqueta de idioma BCP 47 (RFC 5646), como exige el
    RFC 2277 §4.2.

rule-I18N008-summary =
    El texto usa UTF-8 o Unicode, así que las personas pueden escribir con cualquier escritura.
rule-I18N008-why =
    UTF-8 (RFC 3629) codifica todas las escrituras de Unicode, así que las personas pueden usar su propio
    nombre y su idioma. El RFC 2277 hace de UTF-8 la codificación obligatoria del IETF para el texto, y el
    RFC 9620 recomienda admitir solo Unicode en UTF-8 para el texto que las personas leen o escriben.
rule-I18N008-fix =
    Mantenga UTF-8 como obligatorio para todo el texto legible por personas, y prepare los identificadores con
    PRECIS (RFC 8264).

rule-I18N009-summary =
    El texto lleva la etiqueta de su idioma (etiquetas de idioma BCP 47).
rule-I18N009-why =
    Una etiqueta de idioma indica a los programas en qué idioma está el texto, para que puedan elegir fuentes,
    ortografía, voz y traducción, y ofrecer a las personas texto en un idioma que entiendan. El RFC 9620 cita
    las etiquetas de idioma del RFC 5646 como un diseño que permite presentar la información en más de un
    idioma.
rule-I18N009-fix =
    Exija una etiqueta de idioma BCP 47 en todo texto legible por personas, y permita varios idiomas a la vez.

rule-I18N010-summary =
    Los nombres de dominio y las direcciones web pueden escribirse con cualquier escritura (nombres de dominio internacionalizados, IRI).
rule-I18N010-why =
    Los nombres de dominio internacionalizados (IDNA, RFC 5890–5893) y los IRI (RFC 3987) permiten a las
    personas usar direcciones en su propia escritura y no solo con letras latinas básicas. Así, personas y
    organizaciones pueden nombrarse en su propio idioma en Internet.
rule-I18N010-fix =
    Admita U-labels e IRI dondequiera que las personas vean o escriban direcciones, y convierta a A-labels solo
    en la transmisión.

rule-I18N011-summary =
    Las direcciones y cabeceras de correo electrónico pueden usar cualquier escritura (correo internacionalizado).
rule-I18N011-why =
    El correo internacionalizado (RFC 6530–6533) permite a las personas tener direcciones de correo y escribir
    las cabeceras de los mensajes en su propia escritura. Sin él, deben usar una dirección con letras latinas
    básicas que quizá no coincida con su nombre ni con su idioma.
rule-I18N011-fix =
    Admita SMTPUTF8 de extremo a extremo y permita UTF-8 en las direcciones y cabeceras que ven las personas.

rule-I18N012-summary =
    Se indica la codificación de caracteres del texto, o el texto sigue la política del IETF sobre juegos de caracteres e idiomas.
rule-I18N012-why =
    Una etiqueta de juego de caracteres permite al receptor decodificar bien el texto en cualquier escritura,
    en lugar de adivinar. El RFC 2277, la política del IETF sobre juegos de caracteres e idiomas, lo exige, y
    seguirla es señal de que los autores han pensado en quienes escriben con escrituras distintas del latín
    básico.
rule-I18N012-fix =
    Prefiera solo UTF-8; donde se admitan otros juegos de caracteres, exija una etiqueta de juego de
    caracteres en todo texto.

rule-I18N013-summary =
    Las personas pueden recibir el texto en el idioma que prefieran, o el texto se adapta (localiza) para ellas.
rule-I18N013-why =
    Permitir que las personas indiquen su idioma preferido, y enviar el texto legible en varios idiomas,
    significa que se les habla en un idioma que entienden. El RFC 2277 pide a los protocolos que transportan
    texto para personas que admitan la negociación del idioma cuando importe, y el RFC 9620 pregunta por la
    localización.
rule-I18N013-fix =
    Permita que los clientes indiquen sus preferencias de idioma, y admita texto legible en varios idiomas
    etiquetados.

rule-I18N014-summary =
    Los mensajes que las personas escriben y leen solo pueden contener caracteres ASCII, así que la mayoría
    de las lenguas del mundo no se pueden escribir en ellos.
rule-I18N014-why =
    ASCII tiene las letras del inglés y poco más. Cuando un formato de correo o de mensajes solo admite
    ASCII en el texto que las personas escriben y leen (el cuerpo, el asunto, los nombres en los campos de
    cabecera), quien escribe en otra escritura tiene que transliterar, codificar para esquivar el límite o
    no puede usar el sistema en su lengua.
rule-I18N014-fix =
    Admita UTF-8 en el texto de los mensajes y en los campos de cabecera (RFC 6532, RFC 6531), indique el
    juego de caracteres y diga cómo se tratan los sistemas antiguos que solo aceptan ASCII.

rule-ID001-summary =
    Las direcciones del dispositivo se construyen a partir de su dirección física (MAC), así que el mismo dispositivo se puede reconocer en cada red a la que se conecta.
rule-ID001-why =
    La dirección MAC viene grabada en la tarjeta de red y normalmente nunca cambia. Cuando se copia en la
    dirección IP del dispositivo, cada sitio web y cada red que usa la persona ven el mismo valor, así que
    sus desplazamientos y su actividad se pueden vincular durante años. El RFC 7721 y el RFC 8064 describen
    este riesgo de rastreo.
rule-ID001-fix =
    Genere los identificadores de interfaz con el RFC 7217 (estables pero opacos en cada red) y el RFC 8981
    (direcciones temporales) en lugar de incluir la dirección física, y dígalo de forma normativa.

rule-ID002-summary =
    Se envía en los mensajes del protocolo un identificador fijo del teléfono, de la SIM o del equipo (IMEI, IMSI, número de serie).
rule-ID002-why =
    Identificadores como el IMEI, el IMSI o el número de serie de un dispositivo están ligados a un terminal
    o a una SIM durante toda su vida, y a menudo a un contrato a nombre de alguien. Enviarlos en los mensajes
    del protocolo permite a todas las partes que ven los mensajes reconocer y seguir a la persona, y no se
    pueden cambiar cuando se filtran.
rule-ID002-fix =
    Use en su lugar un identificador propio de cada servicio o sesión, cifre u oculte el identificador
    permanente (como hace 5G con el SUCI), e indique en las consideraciones de privacidad quién puede verlo y
    durante cuánto tiempo.

rule-ID003-summary =
    El texto se basa en cookies u otros valores guardados que permiten a los sitios reconocer y seguir a una persona entre visitas o entre sitios.
rule-ID003-why =
    Las cookies persistentes y de terceros dan al navegador una etiqueta que este devuelve automáticamente, y
    así las redes publicitarias pueden reconocer a la misma persona en muchos sitios y durante meses. Las
    supercookies escondidas en otros almacenamientos reaparecen incluso después de que la persona borre sus
    cookies. El RFC 6265 §7 describe cómo se usan las cookies para rastrear a las personas.
rule-ID003-fix =
    Limite la duración y el alcance del estado guardado, sepárelo por sitio, ofrezca a las personas una forma
    de verlo y borrarlo, y describa el riesgo de rastreo en las consideraciones de privacidad.

rule-ID004-summary =
    El protocolo da a un dispositivo, navegador o persona un identificador permanente que ven todas las partes con las que se comunica.
rule-ID004-why =
    Un identificador permanente funciona como una etiqueta con el nombre que nunca se quita. Cualquiera que lo
    vea puede vincular todo lo que hace la persona, entre servicios y durante años, y combinarlo con otros
    datos. La declaración de la FOC señala la exigencia de identificadores permanentes de dispositivo como un
    riesgo para los derechos humanos.
rule-ID004-fix =
    Use identificadores limitados a un servicio o una sesión, que cambien periódicamente o que la persona
    pueda restablecer; si un identificador estable es inevitable, explique en las consideraciones de
    privacidad quién lo ve y por qué.

rule-ID005-summary =
    Se usa el mismo identificador en distintas redes o sitios, o tras un restablecimiento, así que se puede vincular la actividad de una persona en distintos lugares.
rule-ID005-why =
    Un identificador que no cambia cuando una persona pasa de una red, un sitio web o una aplicación a otra, o
    incluso después de restablecer su dispositivo, permite a observadores distintos unir lo que ven. La red de
    casa, la de una cafetería y un sitio web pueden así reconocer el mismo teléfono. El RFC 6973 llama a esto
    correlación.
rule-ID005-fix =
    Limite los identificadores a una red, un sitio o una parte usuaria (RFC 7217, identificadores por pares),
    cámbielos cuando cambie el contexto y permita que las personas los restablezcan.

rule-ID006-summary =
    Un identificador está fijado en el dispositivo o la persona que lo usa no puede restablecerlo.
rule-ID006-why =
    Si una persona no puede cambiar ni borrar un identificador, cualquier vínculo entre él y su identidad es
    permanente. Una vez filtrado, la sigue durante toda la vida del dispositivo, y la única solución es
    comprar un equipo nuevo.
rule-ID006-fix =
    Permita que la persona restablezca, cambie o borre el identificador, prefiera identificadores generados
    por software a los fijados en el hardware, y mantenga los identificadores de hardware fuera de la red.

rule-ID007-summary =
    La función expone detalles que se pueden combinar para reconocer el dispositivo de una persona sin ninguna cookie.
rule-ID007-why =
    Pequeños detalles como las fuentes, el tamaño de pantalla, las opciones admitidas o los tiempos de
    respuesta se pueden combinar en una huella casi única de un dispositivo. A diferencia de una cookie, la
    persona no puede verla ni borrarla, así que permite un rastreo oculto entre sitios y sesiones.
rule-ID007-fix =
    Exponga el mínimo posible de detalles propios del dispositivo, haga los valores uniformes entre
    implementaciones, condiciónelos al permiso de la persona y documente lo expuesto a la huella digital en
    las consideraciones de privacidad.

rule-ID008-summary =
    Los equipos usan direcciones temporales generadas al azar que cambian con el tiempo, lo que dificulta rastrearlos.
rule-ID008-why =
    Las direcciones temporales sustituyen un identificador fijo por uno aleatorio que se desecha al cabo de un
    tiempo. Los observadores solo pueden vincular la actividad de una persona durante un periodo corto, no
    durante toda la vida del dispositivo. El RFC 8981 define estas direcciones para IPv6.
rule-ID008-fix =
    Mantenga las direcciones temporales activadas por defecto para las conexiones salientes e indique cada
    cuánto cambian.

rule-ID009-summary =
    Los identificadores son opacos y distintos en cada red o sitio, así que no revelan nada del dispositivo y no se pueden vincular entre lugares.
rule-ID009-why =
    Un identificador estable dentro de una red o para un sitio web, pero distinto en todos los demás y no
    derivado de nada visible, mantiene los servicios funcionando sin repartir una etiqueta de rastreo global.
    El RFC 7217 lo hace para las direcciones IPv6; los identificadores por pares lo hacen para los inicios de
    sesión.
rule-ID009-fix =
    Derive los identificadores con una función pseudoaleatoria con clave sobre el contexto (prefijo de red,
    sitio, parte usuaria), nunca a partir de valores del hardware, y exíjalo de forma normativa.

rule-ID010-summary =
    Los dispositivos usan direcciones físicas (MAC) aleatorias en lugar de la grabada en la tarjeta de red.
rule-ID010-why =
    Las tramas Wi-Fi y Ethernet llevan la dirección MAC del dispositivo, que las redes locales y los sensores
    cercanos pueden registrar para seguir un teléfono de un lugar a otro. Usar una dirección aleatoria por red
    o por periodo rompe ese vínculo. El RFC 7844 y el RFC 9797 describen cómo hacerlo sin romper los
    servicios.
rule-ID010-fix =
    Admita direcciones MAC aleatorias, evite filtrar la real en campos de capas superiores (identificadores de
    cliente DHCP, nombres de equipo) y explique el efecto sobre el protocolo.

rule-ID011-summary =
    Los identificadores cambian con regularidad o la persona puede restablecerlos, lo que limita cuánto tiempo se la puede seguir.
rule-ID011-why =
    Incluso un identificador aleatorio se convierte en una etiqueta de rastreo si se conserva para siempre.
    Cambiarlo según un calendario, cuando el dispositivo pasa a una red nueva o cuando la persona lo pide,
    limita la vinculación a periodos cortos y da a las personas una forma de empezar de cero.
rule-ID011-fix =
    Indique cuándo cambian los identificadores (por conexión, por red, con un temporizador), haga que el
    cambio periódico sea la opción por defecto y dé a las personas una forma de restablecerlos o borrarlos.

rule-ID012-summary =
    El texto prohíbe incluir direcciones físicas o identificadores permanentes del dispositivo en lo que se envía por la red.
rule-ID012-why =
    Mantener las direcciones físicas y los números permanentes del dispositivo fuera de la transmisión elimina
    la forma más fácil de seguir un dispositivo entre redes y durante años. El RFC 8064 cambió por este motivo
    los valores por defecto de IPv6.
rule-ID012-fix =
    Mantenga la prohibición con carácter normativo (MUST NOT) y nombre el esquema que la sustituye, como el
    RFC 7217 o el RFC 8981.

rule-ID013-summary =
    El texto toma medidas para limitar la huella digital, es decir, el reconocimiento de un dispositivo por sus detalles visibles.
rule-ID013-why =
    Cada detalle adicional que revela un dispositivo hace más fácil distinguirlo entre millones. Mantener esos
    detalles uniformes, poco precisos o sujetos a permiso evita que se reconozca de todos modos a las personas
    que han borrado las cookies o usan modos privados.
rule-ID013-fix =
    Mantenga la mitigación con carácter normativo y explique qué superficie de huella digital queda.

rule-ID014-summary =
    Un identificador de cliente lleva la dirección de hardware del dispositivo, que es la misma en todas las
    redes.
rule-ID014-why =
    La dirección de hardware (MAC) se fija en fábrica y acompaña al dispositivo a todas partes. Si un
    protocolo la usa como identificador del cliente, cada red a la que se une el dispositivo, y quien
    escuche en ella, puede reconocerlo y seguir a su dueño de un lugar a otro.
rule-ID014-fix =
    Permita que los clientes usen un identificador aleatorio o distinto en cada red (perfiles de anonimato
    del RFC 7844, RFC 7217) y diga qué revela el identificador.

rule-ID015-summary =
    El protocolo envía el nombre de usuario, un identificador que no cambia en años, por cada conexión que
    la persona abre.
rule-ID015-why =
    Un nombre de usuario se asigna una vez y sirve también como dirección de correo y nombre de cuenta. Un
    protocolo que lo entrega en cada conexión da a cada servicio la misma etiqueta para esa persona, y sus
    visitas se pueden enlazar entre servicios y a lo largo del tiempo.
rule-ID015-fix =
    Devuelva un testigo opaco que cambie con cada conexión (el RFC 1413 permite un testigo de auditoría
    cifrado), o nada, y diga qué revela el identificador.

rule-ID016-summary =
    El protocolo pide a los clientes que guarden un identificador para siempre y lo envíen a cada red a la
    que se unen.
rule-ID016-why =
    Un identificador único para un dispositivo y pensado para no cambiar nunca funciona como un número de
    serie. Si el cliente lo envía a cada red, cualquier operador, y quien vea los mensajes, puede reconocer
    el mismo dispositivo, y a su dueño, dondequiera que vaya y durante años.
rule-ID016-fix =
    Permita que los clientes usen un identificador distinto en cada red o que lo cambien con el tiempo
    (perfiles de anonimato del RFC 7844), y diga en Privacy Considerations qué revela un identificador
    estable.

rule-LI001-summary =
    El texto describe una interfaz para interceptar las comunicaciones de las personas.
rule-LI001-why =
    Una interfaz de interceptación permite a un tercero copiar las llamadas y los mensajes de las personas.
    Una vez que existe, pueden abusar de ella personas de dentro, atacantes o gobiernos sin la supervisión
    adecuada. El RFC 2804 explica por qué el IETF no incorpora escuchas en sus normas.
rule-LI001-fix =
    Elimine la capacidad de interceptación, o explique en una sección de consideraciones de derechos humanos
    quién puede usarla, bajo qué supervisión y cómo se detectan y evitan los abusos.

rule-LI002-summary =
    El texto crea una forma de que un tercero pinche las comunicaciones de las personas.
rule-LI002-why =
    Una capacidad de escucha dentro de equipos o protocolos puede ser activada por personas de dentro,
    atacantes o gobiernos, a menudo sin supervisión. El RFC 2804 explica que estas funciones añaden
    complejidad y agujeros de seguridad, y la declaración de la FOC señala la interceptación de las
    comunicaciones como un riesgo de las normas para los derechos humanos.
rule-LI002-fix =
    Deje esa capacidad fuera de la norma. Si existe en otro lugar, indique que el protocolo no la ofrece y que
    los extremos pueden protegerse con cifrado de extremo a extremo.

rule-LI003-summary =
    El texto describe cómo se identifica y se selecciona a la persona cuyas comunicaciones se interceptan.
rule-LI003-why =
    La selección de objetivos es el núcleo de un sistema de interceptación: decide de quién se copian las
    llamadas y los mensajes. Normalizarla facilita desplegar la interceptación a gran escala, también por
    parte de gobiernos sin supervisión independiente.
rule-LI003-fix =
    No defina la selección de objetivos en una norma de Internet (RFC 2804). Si el documento debe mencionarla,
    explique las garantías legales y cómo se detectan los abusos.

rule-LI004-summary =
    El texto envía copias de las comunicaciones o los registros de las personas a las fuerzas de seguridad.
rule-LI004-why =
    Una forma normalizada de entregar las comunicaciones a las autoridades hace que la interceptación sea
    barata y rutinaria. Donde el Estado de derecho es débil, la misma vía de entrega sirve para vigilar a
    periodistas, activistas y minorías.
rule-LI004-fix =
    Deje la entrega a las autoridades fuera del protocolo. Si el documento debe describirla, indique qué
    supervisión legal presupone y cómo pueden las personas buscar reparación.

rule-LI005-summary =
    El texto exige que la interceptación permanezca oculta a la persona vigilada.
rule-LI005-why =
    La interceptación secreta no deja a la persona ninguna posibilidad de saberlo, oponerse o buscar
    reparación. Ocultarla es también lo que hace difícil detectar los abusos de personas de dentro y de
    atacantes.
rule-LI005-fix =
    No normalice la interceptación encubierta. Prefiera diseños en los que los extremos puedan detectar la
    manipulación o la interceptación (cifrado de extremo a extremo autenticado, registros de transparencia).

rule-LI006-summary =
    El texto da a un tercero una forma de obtener las claves que protegen las comunicaciones de las personas.
rule-LI006-why =
    Las claves depositadas en custodia o recuperables son una llave maestra para las comunicaciones de todo el
    mundo. Son un objetivo prioritario para los atacantes, y el RFC 1984 y el RFC 2804 explican por qué el IETF
    rechaza la custodia de claves y el acceso excepcional.
rule-LI006-fix =
    Elimine la custodia de claves y la recuperación de claves por terceros. Mantenga las claves bajo el
    control exclusivo de los extremos que se comunican, y dígalo.

rule-LI007-summary =
    El texto está hecho para cumplir una obligación legal de que las comunicaciones puedan interceptarse.
rule-LI007-why =
    Las obligaciones de interceptación varían entre países y a veces se usan contra las personas y no contra el
    delito. Diseñar una norma mundial en torno a la obligación de un régimen extiende la posibilidad de
    interceptación a todos los que la usan (RFC 2804).
rule-LI007-fix =
    Deje los requisitos nacionales de interceptación fuera de la norma de Internet; si se mencionan, explique
    que no son requisitos del protocolo.

rule-LI008-summary =
    El texto copia el tráfico de las personas a otro lugar para que pueda interceptarse.
rule-LI008-why =
    Duplicar el tráfico de una persona hacia otro destino es como funciona en la práctica la interceptación en
    la red. Los mecanismos normalizados para ello pueden usarse de forma abusiva para vigilar a cualquiera
    cuyo tráfico pase por el equipo.
rule-LI008-fix =
    No defina la duplicación de tráfico para la interceptación. Si hace falta replicar tráfico para la
    operación de la red, limítelo a datos agregados o anonimizados y prohíba su uso para interceptar.

rule-LI009-summary =
    El texto se niega a incorporar escuchas o interceptación en el protocolo.
rule-LI009-why =
    El RFC 2804 establece la política del IETF de no considerar requisitos de escucha, porque estas funciones
    añaden complejidad y agujeros de seguridad y no sirven con justicia a ninguna jurisdicción. Un documento
    que la sigue mantiene las comunicaciones de las personas libres de interceptación incorporada.
rule-LI009-fix =
    Mantenga esa negativa, y remita al RFC 2804 para los motivos.

rule-LI010-summary =
    El texto hace que el contenido de las comunicaciones solo puedan leerlo las personas que se comunican.
rule-LI010-why =
    Cuando solo los extremos tienen las claves, ningún servidor, operador ni equipo de red puede entregar
    contenido legible, se le pida lo que se le pida. El cifrado de extremo a extremo es la protección técnica
    más fuerte contra la interceptación.
rule-LI010-fix =
    Mantenga la protección de extremo a extremo, y hágala obligatoria en lugar de opcional cuando sea posible.

rule-LI011-summary =
    El texto permite a las personas o a los órganos de supervisión enterarse de la interceptación de las comunicaciones.
rule-LI011-why =
    Una interceptación que se puede detectar, notificar o auditar se puede impugnar. La transparencia da a las
    personas una posibilidad de reparación y hace visibles los abusos de personas de dentro y de atacantes.
rule-LI011-fix =
    Mantenga el mecanismo de transparencia, y haga que la detección o la notificación formen parte del texto
    normativo.

rule-LI012-summary =
    El texto excluye vías de acceso ocultas (puertas traseras) al protocolo o a su cifrado.
rule-LI012-why =
    Una puerta trasera para una parte es una puerta trasera para cualquier atacante que la encuentre. Afirmar
    que un diseño no tiene ninguna, y que no debe tenerla, protege a todos los que dependen de él.
rule-LI012-fix =
    Mantenga esa afirmación, y hágala normativa (MUST NOT) para las implementaciones.

rule-LI013-summary =
    El texto explica que las funciones de interceptación debilitan la seguridad de todos, siguiendo la política del IETF.
rule-LI013-why =
    El RFC 2804 y el RFC 1984 explican que las funciones de escucha y la custodia de claves crean agujeros de
    seguridad que también pueden aprovechar los atacantes. Un documento que lo dice es menos propenso a
    aceptar requisitos de interceptación.
rule-LI013-fix =
    Mantenga esa afirmación, y asegúrese de que el diseño la respeta.

rule-SURV001-summary =
    El texto pide a servidores o redes que guarden registros de quién se conectó a ellos (direcciones, puertos, horas).
rule-SURV001-why =
    Los registros de conexión relacionan las direcciones de red de las personas con lo que hicieron y cuándo.
    Los registros guardados pueden ser reclamados por las autoridades, filtrados o vendidos, y permiten a quien
    los tenga reconstruir la actividad en línea de una persona. El RFC 6973 señala estos datos guardados como
    una amenaza para la privacidad.
rule-SURV001-fix =
    Registre solo lo que la operación necesita de verdad, evite registrar direcciones y puertos de los
    clientes, recórtelos o anonimícelos cuando el registro sea inevitable, e indique cuánto tiempo se guardan
    los registros y quién puede verlos.

rule-SURV002-summary =
    El texto prevé que los datos sobre el uso de la red por las personas se guarden mucho tiempo, o para cumplir normas legales de conservación.
rule-SURV002-why =
    Las normas de conservación de datos convierten a cada proveedor en un almacén de registros sobre lo que
    hicieron las personas en línea. Cuanto más tiempo se guardan los datos, más riesgo hay de que se filtren,
    se reutilicen para otros fines o se entreguen a las autoridades sin la supervisión adecuada.
rule-SURV002-fix =
    No incorpore obligaciones de conservación en el protocolo. Guarde los datos solo mientras el servicio los
    necesite, dígalo explícitamente, y después bórrelos o agréguelos.

rule-SURV003-summary =
    El texto hace que dispositivos o programas informen a un recolector central de lo que hacen las personas.
rule-SURV003-why =
    La telemetría que transporta identidades o actividad de las personas se convierte en un flujo de datos de
    vigilancia sobre ellas, a menudo sin que lo sepan. Una vez reunidos en un lugar central, otros pueden
    combinarlos, reutilizarlos o reclamarlos.
rule-SURV003-fix =
    Haga que el envío de informes requiera consentimiento previo, envíe solo datos agregados o anonimizados,
    quite los identificadores y describa qué se informa, a quién y cuánto tiempo se guarda.

rule-SURV004-summary =
    El texto describe cómo observar o registrar lo que hacen o dicen personas concretas.
rule-SURV004-why =
    Una función del protocolo que vigila las comunicaciones, los desplazamientos o el comportamiento de las
    personas puede usarse para vigilar a periodistas, activistas o cualquier otra persona. El RFC 7258 trata
    la vigilancia generalizada como un ataque, y la declaración de la FOC señala la vigilancia masiva como un
    riesgo de las normas para los derechos humanos.
rule-SURV004-fix =
    Elimine la capacidad de vigilancia, o limítela a datos agregados sobre el estado de la red que no permitan
    identificar a las personas, y explique las garantías en una sección de consideraciones de privacidad o de
    derechos humanos.

rule-SURV005-summary =
    El texto recoge datos personales o metadatos de comunicaciones sobre las personas.
rule-SURV005-why =
    Los datos personales y los metadatos (quién habló con quién, cuándo, desde dónde) revelan las relaciones,
    los hábitos y las creencias de las personas. Los datos recogidos pueden filtrarse, reutilizarse para otros
    fines o entregarse a las autoridades.
rule-SURV005-fix =
    Recoja solo lo que el protocolo necesita estrictamente, evite los identificadores, agregue o anonimice
    pronto, y describa los datos y su duración en una sección de consideraciones de privacidad (RFC 6973).

rule-SURV006-summary =
    El texto transmite información sobre las personas usuarias a partes distintas de aquella con la que eligieron comunicarse.
rule-SURV006-why =
    Cada parte adicional que recibe datos sobre las personas es otro lugar donde pueden guardarse, combinarse,
    venderse o ser reclamados por las autoridades. Normalmente las personas no pueden ver ni controlar estos
    flujos posteriores.
rule-SURV006-fix =
    Envíe los datos de las personas solo a la parte que los necesita para el servicio, redúzcalos o
    anonimícelos antes, y permita que las personas se nieguen a cualquier cesión posterior.

rule-SURV007-summary =
    El texto deja información sobre las comunicaciones de las personas legible para cualquiera que observe la red.
rule-SURV007-why =
    Lo que un observador situado en el camino puede leer, lo puede registrar a gran escala. Los nombres,
    direcciones e identificadores legibles permiten a operadores de red, atacantes y agencias estatales seguir
    lo que hacen las personas. El RFC 7624 describe cómo la vigilancia generalizada usa precisamente este tipo
    de datos expuestos.
rule-SURV007-fix =
    Cifre los campos expuestos, o elimínelos, e indique en las consideraciones de seguridad o de privacidad qué
    puede seguir averiguando un observador situado en el camino.

rule-SURV008-summary =
    El texto trata la vigilancia masiva de la red como un ataque y diseña el protocolo para protegerse de ella.
rule-SURV008-why =
    El RFC 7258 (BCP 188) dice que la vigilancia generalizada es un ataque que los protocolos deben mitigar.
    Un documento que adopta esta postura tiene más probabilidades de proteger las comunicaciones de las
    personas frente a la vigilancia masiva.
rule-SURV008-fix =
    Mantenga esa postura, y muestre de forma concreta qué decisiones de diseño dificultan la vigilancia
    generalizada.

rule-SURV009-summary =
    El texto limita la cantidad de datos sobre las personas que se recogen, comparten o guardan.
rule-SURV009-why =
    Los datos que nunca se recogen no pueden filtrarse, venderse ni reclamarse. La minimización es la primera
    mitigación de privacidad que enumera el RFC 6973, y protege a las personas incluso cuando fallan otras
    garantías.
rule-SURV009-fix =
    Mantenga la minimización, y hágala normativa (MUST/SHOULD) donde el protocolo lo permita.

rule-SURV010-summary =
    El texto oculta las comunicaciones de las personas o sus metadatos a quienes observan la red.
rule-SURV010-why =
    Cifrar el contenido y los metadatos impide que los observadores masivos sepan quién habla con quién y de
    qué. El RFC 7624 y el RFC 7258 lo recomiendan como la principal defensa contra la vigilancia generalizada.
rule-SURV010-fix =
    Mantenga la protección, e indique qué puede seguir viendo un observador (tamaños, tiempos, direcciones).

rule-SURV011-summary =
    El texto limita cuánto tiempo pueden guardarse los datos sobre las personas.
rule-SURV011-why =
    Los datos que se borran poco después de usarse no pueden filtrarse, reutilizarse ni entregarse más tarde.
    Una conservación corta limita el daño cuando un servicio sufre una intrusión o se le obliga a revelar lo
    que guarda.
rule-SURV011-fix =
    Mantenga el límite, y fije un periodo máximo concreto de conservación cuando sea posible.

rule-SURV012-summary =
    El texto permite a las personas decidir si se recogen o comparten datos sobre ellas.
rule-SURV012-why =
    El consentimiento y el control permiten a las personas rechazar la recogida que no desean. Sin ellos, los
    datos sobre ellas circulan en silencio. El consentimiento no sustituye a la minimización, pero les da voz.
rule-SURV012-fix =
    Mantenga ese control; haga que la opción por defecto sea la que protege la privacidad y que sea fácil
    cambiarla.

rule-SURV013-summary =
    El texto permite reunir datos sobre las personas sin que lo sepan, o usarlos para elaborar perfiles sobre ellas.
rule-SURV013-why =
    Una recogida de la que las personas no saben nada no se puede rechazar ni impugnar. Los perfiles
    construidos a partir de muchas pequeñas observaciones revelan hábitos, creencias y relaciones, y son una
    base habitual para la discriminación y la persecución selectiva.
rule-SURV013-fix =
    Exija que las personas conozcan la recogida y la consientan, prohíba la elaboración de perfiles en el texto
    normativo (MUST NOT) y describa las garantías en una sección de consideraciones de privacidad.

rule-SURV014-summary =
    El protocolo envía registros de quién habló con quién (flujos de tráfico) desde la red a un colector.
rule-SURV014-why =
    Un registro de flujo contiene las direcciones, los puertos, las horas y los volúmenes de una
    comunicación: basta para saber quién habló con quién, cuándo y durante cuánto tiempo, sin leer el
    contenido. Exportar esos registros a un colector central crea un historial de las comunicaciones de las
    personas que se puede guardar, buscar y entregar.
rule-SURV014-fix =
    Diga qué revelan los registros sobre los usuarios, exporte solo lo que el fin necesita, anonimice las
    direcciones antes de exportarlas (RFC 6235), limite la conservación y proteja el canal de exportación.

rule-SURV015-summary =
    Los receptores envían informes sobre los mensajes que reciben, con direcciones o contenido, a un tercero
    como el dominio del remitente.
rule-SURV015-why =
    Los informes sobre el correo recibido pueden decir quién escribió a quién, cuándo y a veces incluir el
    mensaje entero. Van a un tercero que ni el remitente ni el destinatario eligieron, y que puede
    guardarlos, combinarlos o usarlos mal.
rule-SURV015-fix =
    Informe por defecto solo de cifras agregadas, oculte los datos personales en los informes por mensaje y
    diga quién puede recibirlos y cuánto tiempo se guardan.

rule-TRAF001-summary =
    La red añade información, como la identidad del abonado, al tráfico de las personas sin que lo sepan.
rule-TRAF001-why =
    El enriquecimiento de cabeceras permite a un operador móvil o a un equipo intermedio estampar la identidad
    o el número de teléfono del abonado en cada petición web, de modo que los sitios saben quién es la
    persona sin preguntarle. También modifica el tráfico que envió la persona, y rompe el principio de que la
    red transporta los datos sin alterarlos.
rule-TRAF001-fix =
    No permita que la red añada datos al tráfico de extremo a extremo; si hay que compartir información, use
    un mecanismo explícito, consentido y de extremo a extremo, y proteja el tráfico con cifrado.

rule-TRAF002-summary =
    Un operador de red o un proxy inserta su propio contenido, como avisos o anuncios, en las páginas que cargan las personas.
rule-TRAF002-why =
    Cuando un proveedor de acceso inyecta contenido en las páginas web, las personas ven algo que el sitio
    nunca envió y no pueden saber quién lo escribió. La misma capacidad se usa para insertar publicidad,
    rastrear a las personas o propagar programas maliciosos, y rompe la integridad de la comunicación. El
    RFC 6108 describe un sistema así.
rule-TRAF002-fix =
    Entregue los mensajes del operador por un canal explícito que la persona haya elegido (correo, una
    aplicación, una API de portal cautivo), nunca modificando el tráfico de extremo a extremo, y proteja el
    tráfico con cifrado.

rule-TRAF003-summary =
    La red ralentiza o favorece el tráfico según la aplicación, el servicio o el contenido que transporta.
rule-TRAF003-why =
    Cuando las redes tratan el tráfico de forma distinta según la aplicación o el contenido, deciden qué
    servicios triunfan y a qué discursos es fácil llegar. Esto socava la neutralidad de la red y la capacidad
    de las personas de enviar y recibir el contenido que elijan. El RFC 9620 §4.4 pregunta por este trato
    diferenciado.
rule-TRAF003-fix =
    Evite las señales que permiten a la red clasificar el contenido, mantenga un trato independiente del
    contenido y, si un trato diferenciado es inevitable, hágalo transparente y auditable.

rule-TRAF004-summary =
    Proxies u otros equipos de red cambian el contenido del tráfico por el camino, sin que participen los extremos.
rule-TRAF004-why =
    Cuando los equipos de la red reescriben, comprimen o recortan lo que las personas envían y reciben, el
    contenido que llega ya no es el que se envió. Las personas no pueden ver el cambio ni quién lo hizo, y la
    misma capacidad puede usarse para censurar, inyectar o degradar contenido.
rule-TRAF004-fix =
    Proteja el contenido de extremo a extremo para que los intermediarios no puedan cambiarlo, o exija que los
    intermediarios sean explícitos, elegidos por un extremo y limitados a lo que los extremos acordaron.

rule-TRAF005-summary =
    Algunos servicios resultan más baratos o más rápidos que otros gracias a acuerdos con la red, lo que orienta lo que usan las personas.
rule-TRAF005-why =
    La tarifa cero (zero-rating) y la prioridad de pago permiten a un proveedor de acceso elegir qué servicios
    son gratuitos o rápidos. Las personas, sobre todo las que tienen planes de datos limitados, se ven
    empujadas hacia esos servicios y lejos de otros, lo que reduce la información a la que pueden acceder y
    los discursos que pueden publicar.
rule-TRAF005-fix =
    Mantenga el protocolo neutral respecto a qué servicios reciben mejor trato, y evite añadir señales cuyo uso
    principal sea la discriminación comercial.

rule-TRAF006-summary =
    La red identifica las aplicaciones inspeccionando el tráfico y, en consecuencia, las encamina o las trata de forma distinta.
rule-TRAF006-why =
    Clasificar el tráfico mirando en su interior permite a una red enviar aplicaciones distintas por caminos
    distintos, a través de equipos intermedios distintos o a velocidades distintas. Las personas no pueden ver
    ni impugnar este trato, y la misma inspección expone lo que hacen.
rule-TRAF006-fix =
    Permita que los extremos indiquen explícitamente lo que quieren (y solo en beneficio de la persona), evite
    la clasificación por inspección del contenido y mantenga el trato transparente.

rule-TRAF007-summary =
    Un equipo intermedio abre conexiones cifradas para leerlas o cambiarlas, haciéndose pasar por el servidor real.
rule-TRAF007-why =
    La interceptación de TLS sustituye la protección de extremo a extremo en la que confían las personas por la
    confianza en un equipo intermedio que puede leer y modificar todo, a menudo con una seguridad más débil
    que la conexión original. Normalmente las personas no saben que está ocurriendo.
rule-TRAF007-fix =
    No diseñe pensando en la interceptación; si un extremo necesita un servicio en el camino, haga que sea una
    parte explícita elegida por la persona y visible en el protocolo.

rule-TRAF008-summary =
    El contenido está protegido de extremo a extremo, así que los cambios hechos por la red o por intermediarios se detectan o se impiden.
rule-TRAF008-why =
    La integridad de extremo a extremo significa que lo que llega es exactamente lo que se envió. Impide que las
    redes inyecten, reescriban o degraden en silencio el contenido, y permite a las personas confiar en lo que
    leen. El RFC 9620 §4.10 pregunta si un protocolo permite alterar los datos.
rule-TRAF008-fix =
    Haga obligatoria la protección de la integridad y que cubra todos los campos que un intermediario podría
    cambiar.

rule-TRAF009-summary =
    Los intermediarios son explícitos y visibles para las personas cuyo tráfico manejan.
rule-TRAF009-why =
    Los equipos intermedios ocultos pueden cambiar o bloquear el tráfico sin que nadie sepa quién lo hizo.
    Exigir que los intermediarios sean explícitos y elegidos por un extremo mantiene a las personas al tanto de
    quién maneja su tráfico y les permite pedirle cuentas. El RFC 9620 §4.1 plantea esta cuestión.
rule-TRAF009-fix =
    Exija que los intermediarios sean configurados por un extremo o se le anuncien, y describa lo que pueden y
    no pueden hacer.

rule-TRAF010-summary =
    Los intermediarios solo pueden actuar sobre el tráfico con el conocimiento y el consentimiento de los extremos; actuar sin ellos se señala como un riesgo.
rule-TRAF010-why =
    Un intermediario que la persona eligió y aceptó es un servicio; uno que actúa sobre el tráfico sin que lo
    sepa es una injerencia. Pedir el consentimiento, y decirlo en el protocolo, mantiene a las personas en
    control de sus propias comunicaciones. El RFC 3238 y el RFC 8890 ponen en primer lugar los intereses de la
    persona usuaria.
rule-TRAF010-fix =
    Exija que las funciones de los intermediarios estén autorizadas por al menos un extremo, sean visibles
    para ambos y se puedan rechazar fácilmente.

rule-TRAF011-summary =
    La red trata todo el tráfico por igual, sea cual sea el contenido o la aplicación que transporta.
rule-TRAF011-why =
    Un trato independiente del contenido significa que la red no elige ganadores entre servicios ni entre
    discursos. Mantiene Internet abierta a nuevos servicios y a las personas que publican contenidos que los
    operadores podrían ver con malos ojos. El RFC 9620 incluye la independencia respecto del contenido entre
    sus pautas.
rule-TRAF011-fix =
    Mantenga el requisito con carácter normativo y evite añadir señales que faciliten el trato diferenciado.

rule-TRAF012-summary =
    El cifrado impide que la red lea o cambie lo que envían las personas, así que no puede darle un trato distinto.
rule-TRAF012-why =
    Lo que la red no puede ver no lo puede bloquear de forma selectiva, frenar según el contenido ni
    reescribir. Cifrar los datos de transporte y de aplicación, como hace QUIC, limita a los intermediarios a
    reenviar paquetes. El RFC 9620 §4.1 lo pone como ejemplo de buena práctica.
rule-TRAF012-fix =
    Cifre y autentique la mayor parte posible del protocolo, y exponga solo las señales que la red necesita de
    verdad.

rule-TRAF013-summary =
    El texto prohíbe, o hace imposibles, los cambios en el tráfico por parte de intermediarios.
rule-TRAF013-why =
    Una regla clara de que los intermediarios no deben modificar el contenido protege la integridad de lo que
    las personas envían y reciben, y les da motivos para protestar cuando ocurre.
rule-TRAF013-fix =
    Respalde la regla con protección de la integridad, para que las infracciones se puedan detectar y no solo
    estén prohibidas.

rule-TRAF014-summary =
    El protocolo permite que una red diga a otras redes que frenen, desvíen o descarten el tráfico que
    elija.
rule-TRAF014-why =
    Las reglas que viajan entre redes y hacen que los routers descarten, frenen o desvíen tráfico por
    dirección, puerto o protocolo se hicieron para detener ataques, pero la misma herramienta puede frenar o
    cortar cualquier tipo de tráfico, lejos de la red que lo pidió. A las personas cuyo tráfico se descarta
    no se les dice por qué ni quién lo decidió.
rule-TRAF014-fix =
    Diga qué tráfico pueden afectar las reglas, quién puede enviarlas y hasta dónde llegan, cómo las validan
    los receptores y cómo se detectan y retiran los filtros erróneos o abusivos.
