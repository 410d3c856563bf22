import type { PhraseEntry } from './phrase-schema.ts';

/*
 * Spanish recruiter phrases people look up, with what each usually means, in plain Spanish
 * and with "usted" (respectful and read the same in Spain and Latin America). Plain data,
 * checked against `phraseEntrySchema` in the tests. Patterns are written without accents: the
 * text is read with its accents folded away.
 */

const cvWord = '{cv|curriculum|curriculo|hoja de vida|perfil|candidatura|datos|postulacion}';
const applicationWord = '{candidatura|postulacion|solicitud|perfil|cv|curriculum}';
const roleWord = '{puesto|vacante|posicion|plaza}';

/** The Spanish phrases, in no particular order: where two overlap, the longer is shown. */
export const phraseCatalogEs: readonly PhraseEntry[] = [
  {
    id: 'still-interviewing',
    phrase: 'Todavía estamos entrevistando a otros candidatos',
    patterns: [
      '{todavia|aun|seguimos} {estamos |}{entrevistando|viendo|conociendo|terminando de entrevistar} a {otros|mas|algunos otros|los demas} {candidatos|candidatas|postulantes|perfiles}',
      '{terminando|terminar} de entrevistar a {otros|mas|los demas} {candidatos|postulantes|perfiles}',
    ],
    meaning:
      'Aún no hay decisión y usted sigue en el proceso. Suele significar una espera de una o dos semanas mientras terminan las entrevistas. No es un no.',
  },
  {
    id: 'cv-on-file',
    phrase: 'Guardaremos su currículum en nuestra base de datos',
    patterns: [
      `{guardaremos|guardamos|conservaremos|mantendremos|tendremos en cuenta|quedara} {su|tu} ${cvWord} {en nuestra base de datos|en nuestros archivos|para futuras oportunidades|para futuros procesos}`,
      `{su|tu} ${cvWord} {quedara|queda} {en nuestra base de datos|registrado|registrada|archivado|archivada}`,
    ],
    meaning:
      'Casi siempre es un no amable para este puesto. A veces sí vuelven a llamar si se abre algo parecido, así que vale la pena agradecerlo y estar al tanto de sus ofertas.',
  },
  {
    id: 'other-candidates',
    phrase: 'Hemos decidido seguir adelante con otros candidatos',
    patterns: [
      '{seguir|continuar|avanzar|continuamos|seguimos|avanzamos|avanzar} {adelante |}con {otros|otro|otra|otras} {candidatos|candidato|candidata|candidatas|perfiles|perfil|postulantes}',
      '{decidido|decidio|optado|opto} por otro {candidato|perfil|postulante}',
    ],
    meaning:
      'Suele ser un no amable para este puesto. Casi siempre tiene que ver con el encaje para esta vacante concreta, no con un juicio sobre usted.',
  },
  {
    id: 'not-progressing',
    phrase: 'No vamos a continuar con su candidatura',
    patterns: [
      '{no vamos a|no podemos|no podremos|decidio no|decidimos no|hemos decidido no} {continuar|seguir|avanzar} {con su|con tu|contigo|con usted|en el proceso con} {candidatura|postulacion|proceso|}',
    ],
    meaning:
      'Es un no para este puesto, dicho con las palabras formales de una plantilla. No suele decir lo cerca que estuvo; pedir una o dos líneas de comentarios es correcto.',
  },
  {
    id: 'on-hold',
    phrase: 'El proceso está en pausa',
    patterns: [
      '{proceso|puesto|vacante|busqueda|posicion|contratacion} {esta|queda|quedo|ha quedado|se ha quedado|} {en pausa|en stand by|en standby|congelad{o|a}|paralizad{o|a}}',
      '{congelo|congelaron|paralizo|paralizaron|pauso|pausaron|ha congelado|han congelado} {la|el} {busqueda|proceso|puesto|vacante|contratacion}',
    ],
    meaning:
      'Han parado la contratación por ahora, muchas veces por presupuesto o por un cambio de planes. Suele decir poco de usted. Los procesos se reactivan, así que preguntar con amabilidad en unas semanas es razonable.',
  },
  {
    id: 'references',
    phrase: 'Nos gustaría contactar con sus referencias',
    patterns: [
      '{contactar|hablar|llamar} {con |a |}{sus|tus|dos de sus|dos de tus} referencias',
      '{pedir|pedirle|pedirte|solicitar|solicitarle} {sus|tus|unas|dos|} referencias',
    ],
    meaning:
      'Es buena señal. Las empresas suelen pedir referencias de las personas que esperan contratar, a menudo de su primera opción. Aún no es una oferta: avise a sus referencias de que pueden llamarles.',
    ahead: true,
  },
  {
    id: 'keep-you-posted',
    phrase: 'Le mantendremos informado',
    patterns: [
      '{le|te|lo|la} {mantendremos|mantendre|mantenemos|mantengo} {informado|informada|al tanto|al corriente}',
      '{te|le} {aviso|avisamos|avisare|avisaremos} {apenas|en cuanto|cuando} {sepa|sepamos|tenga|tengamos}',
    ],
    meaning:
      'Aún no hay noticias. Suele ser sincero, pero los plazos se alargan; si pasa más de una semana del plazo que le dieron, escribir para preguntar es normal.',
  },
  {
    id: 'running-behind',
    phrase: 'El proceso se está alargando',
    patterns: [
      '{proceso|decision|respuesta} se {esta|ha} {alargando|alargado|retrasando|retrasado|demorando|demorado}',
      'mas de lo {previsto|esperado|que pensabamos}',
    ],
    meaning:
      'Van con retraso, algo muy habitual: vacaciones, agendas o aprobaciones internas. Por sí solo no suele ser mala señal para usted.',
  },
  {
    id: 'salary-expectations',
    phrase: '¿Cuáles son sus pretensiones salariales?',
    patterns: [
      '{pretensiones|pretension|expectativas|expectativa|aspiraciones|aspiracion} {salariales|salarial|economicas|economica}',
      '{cuanto|que sueldo|que salario} {estas buscando|esta buscando|buscas|busca|pides|pide|quieres|quiere}',
    ],
    meaning:
      'Quieren saber si su cifra encaja en el presupuesto. Suele llegar cuando ya hay interés. Dar un rango bien pensado, basado en el mercado, es lo habitual.',
  },
  {
    id: 'notice-period',
    phrase: '¿Cuánto preaviso tiene que dar?',
    patterns: [
      '{cuanto|que} {preaviso|aviso previo|plazo de preaviso}',
      '{periodo|plazo|dias} de preaviso',
    ],
    meaning:
      'Quieren saber cuándo podría empezar. Suelen preguntarlo cuando piensan en una oferta, pero a veces es una pregunta de rutina al principio.',
  },
  {
    id: 'feedback-offered',
    phrase: 'Si quiere, le puedo dar feedback',
    patterns: [
      '{te|le} {puedo|podemos|podria|podriamos} dar {un poco de |algo de |}{feedback|retroalimentacion|devolucion|comentarios}',
      '{darle|darte|compartirle|compartirte|pasarle|pasarte} {un poco de |algo de |una |unos |}{feedback|retroalimentacion|devolucion|comentarios}',
    ],
    meaning:
      'Una oferta sincera de comentarios, casi siempre tras un no. Aceptarla con una llamada corta le ayuda en el próximo proceso y deja buena impresión.',
  },
  {
    id: 'next-step',
    phrase: 'El siguiente paso sería…',
    patterns: ['{el |}{siguiente|proximo} paso {es|sera|seria|consiste en|consistira en}'],
    meaning:
      'Sigue en el proceso: le cuentan qué viene después. Aún no es una decisión; conviene preguntar la fecha aproximada y quién estará.',
    ahead: true,
  },
  {
    id: 'unsuccessful',
    phrase: 'Su candidatura no ha sido seleccionada',
    patterns: [
      `{su|tu} ${applicationWord} no {ha|fue|ha sido|resulto|ha resultado} {seleccionada|seleccionado|elegida|elegido|favorable|exitosa|exitoso}`,
      'no {ha superado|supero|superaste|ha pasado|paso|pasaste} {el proceso|la entrevista|la prueba|esta fase|esta etapa|la fase|la etapa|el filtro}',
    ],
    meaning:
      'Es un no para este puesto, con las palabras de una carta tipo. Duele, pero casi nunca explica el motivo. Puede pedir una o dos líneas de comentarios si le ayudan.',
  },
  {
    id: 'on-this-occasion',
    phrase: 'En esta ocasión…',
    patterns: [
      '{lamentablemente|desafortunadamente|por desgracia|sentimos|lamentamos|siento|lamento} {comunicarle |comunicarte |informarle |informarte |decirle |decirte |}{que |}en esta {ocasion|oportunidad}',
      'en esta {ocasion|oportunidad} no',
    ],
    meaning:
      'Es la forma amable de decir que no para este puesto. Suele dejar la puerta abierta a otra vacante, así que puede responder con una línea de gracias.',
  },
  {
    id: 'not-the-right-fit',
    phrase: 'Su perfil no encaja con lo que buscamos',
    patterns: [
      'no {encaja|encajaba|encajo|termina de encajar|acaba de encajar|se ajusta|se ajustaba|cuadra|cuadraba} {del todo |exactamente |totalmente |}{con|a|en} {lo que buscamos|lo que buscabamos|el perfil|los requisitos|el puesto|la posicion|nuestras necesidades|este puesto}',
    ],
    meaning:
      'Suele querer decir que buscaban otra mezcla de experiencia para este puesto concreto. Habla del encaje, no de su valor como profesional.',
  },
  {
    id: 'good-fit',
    phrase: 'Su perfil encaja muy bien',
    patterns: [
      '{su|tu} perfil {encaja|cuadra|se ajusta|nos encaja} {muy bien|perfectamente|bastante bien|de maravilla|genial}',
      '{su|tu} perfil nos {interesa|ha interesado|intereso|ha gustado|gusto|ha encantado|encanto} {mucho|bastante|muchisimo}',
    ],
    meaning:
      'Es una buena señal: su experiencia les parece cercana a lo que buscan. Aún no es una decisión, así que conviene preparar la siguiente charla con calma.',
  },
  {
    id: 'internal-candidate',
    phrase: 'Hemos optado por un candidato interno',
    patterns: [
      '{un|una|con un|con una|por un|por una} {candidato|candidata|persona|perfil} {interno|interna|de la casa|de dentro de la empresa}',
      '{cubrir|cubrirlo|cubrirla|cubierto|cubierta|cubrimos|cubriremos|se cubrio|se ha cubierto|se cubrira|se va a cubrir} {el puesto |la vacante |la posicion |}{internamente|de forma interna|con alguien de dentro|con alguien de la casa}',
    ],
    meaning:
      'Alguien de dentro ha conseguido el puesto. Pasa a menudo y suele decidirse por cosas que usted no podía controlar, no por cómo lo hizo.',
  },
  {
    id: 'hear-either-way',
    phrase: 'Le responderemos en cualquier caso',
    patterns: [
      '{sea cual sea|cualquiera que sea} {el resultado|la decision|la respuesta}',
      '{respuesta|contestaremos|responderemos|escribiremos|avisaremos|diremos algo|informaremos|contactaremos} {en cualquier caso|en todo caso|de todas formas|de todos modos|tanto si es que si como si es que no}',
    ],
    meaning:
      'Le prometen una respuesta, sea un sí o un no. Es amable, aunque a veces tarda más de lo dicho; si pasa el plazo, escribir para preguntar es normal.',
  },
  {
    id: 'stay-in-touch',
    phrase: 'Seguimos en contacto',
    patterns: [
      '{seguimos|sigamos|seguiremos|estamos|estaremos|quedamos} en contacto',
      '{mantenemos|mantengamos|mantendremos|mantener} el contacto',
    ],
    meaning:
      'Una despedida cordial que se usa mucho, tanto tras una buena entrevista como tras un no. Por sí sola suele decir poco del resultado.',
  },
  {
    id: 'next-steps',
    phrase: 'Nos gustaría hablar de los próximos pasos',
    patterns: [
      '{hablar|comentar|ver|contarle|contarte|explicarle|explicarte|revisar|concretar|definir} {de |sobre |}los {proximos|siguientes} pasos',
    ],
    meaning:
      'Suele ser buena señal: quieren contarle cómo sigue el proceso. Tenga a mano su agenda y sus preguntas.',
    ahead: true,
  },
  {
    id: 'next-stage',
    phrase: 'Ha pasado a la siguiente fase',
    patterns: [
      '{pasa|pasado|pasar|pase|pasara|paso|pasaste|avanza|avanzado|avanzar|avance|avanzara|avanzo|avanzaste|continua|continuar} a la {siguiente|proxima|segunda|tercera|ultima|nueva} {fase|etapa|ronda}',
    ],
    meaning:
      'Sigue en el proceso y ha superado esta parte. Aún quedan pasos, así que conviene preguntar qué viene ahora y quién estará.',
    ahead: true,
  },
  {
    id: 'final-stage',
    phrase: 'Estamos en la fase final',
    patterns: [
      '{la|esta} {fase|etapa|ronda|recta} final',
      'la {ultima|ultimas} {fase|etapa|ronda|etapas|fases}',
    ],
    meaning:
      'Quedan pocas personas en el proceso. Suele ser la parte más lenta, y aún no es una oferta, pero es un buen momento para repasar lo que quiere pedir.',
    ahead: true,
  },
  {
    id: 'shortlisted',
    phrase: 'Ha quedado entre los finalistas',
    patterns: [
      '{preseleccionado|preseleccionada|preseleccionados|preseleccionadas|finalista|finalistas}',
      'entre los {ultimos|mejores|dos|tres|cuatro|cinco} {candidatos|perfiles|seleccionados}',
      '{en la|entre la} terna',
    ],
    meaning:
      'Es una buena noticia: queda poca gente en el proceso. Todavía pueden elegir a otra persona, así que prepárese sin dar nada por hecho.',
  },
  {
    id: 'quick-chat',
    phrase: 'Nos gustaría tener una llamada rápida',
    patterns: [
      '{una|un} {llamada|charla|conversacion|videollamada|call|llamadita} {rapida|breve|cortita|corta|rapidita}',
      '{hablar|charlar} {un momento|cinco minutos|diez minutos|un ratito|brevemente}',
    ],
    meaning:
      'Suelen querer aclarar algo o dar una noticia. Puede ser buena o mala; no es una entrevista larga, pero conviene tener a mano sus notas.',
    ahead: true,
  },
  {
    id: 'informal-chat',
    phrase: 'Una charla informal',
    patterns: [
      '{charla|conversacion|entrevista|llamada|reunion|videollamada} informal',
      '{tomar|tomarnos|tomamos} un cafe',
    ],
    meaning:
      'Se presenta como algo sin presión, pero a menudo cuenta como entrevista. Prepárela como una, con calma y con sus preguntas.',
    ahead: true,
  },
  {
    id: 'meet-the-team',
    phrase: 'Nos gustaría conocerle en persona',
    patterns: [
      '{conocer|conozca|conociera|conozcas|conocieras|vea|veas} {al|a todo el|a parte del|a los del} equipo',
      '{conocerle|conocerla|conocerlo|conocerte|verle|verla|verlo|verte|conocernos|vernos} en persona',
      '{venga|venir|vengas|pasarse|pasese|pasate|acercarse|acerquese} {a|por} {la oficina|las oficinas|nuestras oficinas|nuestras instalaciones|las instalaciones}',
    ],
    meaning:
      'Suele ser buena señal: quieren verle de cerca y que vea el sitio. A menudo es una entrevista más, así que prepárela como tal.',
    ahead: true,
  },
  {
    id: 'availability',
    phrase: '¿Me puede indicar su disponibilidad?',
    patterns: [
      '{indicar|indicarme|indiqueme|indicame|enviar|enviarme|envieme|mandar|mandarme|mandeme|mandame|pasar|pasarme|paseme|pasame|compartir|compartirme|confirmar|confirmarme|decir|decirme|digame|dime|cual es} {su|tu} disponibilidad',
      'que disponibilidad {tiene|tienes|tendria|tendrias}',
    ],
    meaning:
      'Quieren fijar una cita, casi siempre una entrevista o una llamada. Es buena señal; dar dos o tres huecos concretos facilita las cosas.',
    ahead: true,
  },
  {
    id: 'start-date',
    phrase: '¿Cuándo podría incorporarse?',
    patterns: [
      '{cuando|en que fecha|que dia} {podria|puede|podrias|puedes|podra|podras|seria posible|le seria posible|te seria posible} {incorporarse|incorporarte|empezar|comenzar|arrancar|iniciar|entrar}',
      'fecha {de |posible de |estimada de |}{incorporacion|inicio|ingreso}',
    ],
    meaning:
      'Suelen preguntarlo cuando piensan en contratarle, aunque a veces es una pregunta de rutina. Cuente su preaviso antes de dar una fecha.',
  },
  {
    id: 'interviewing-elsewhere',
    phrase: '¿Tiene otros procesos abiertos?',
    patterns: [
      '{tiene|tienes|esta en|estas en|participa en|participas en|lleva|llevas|tendria|tendrias} {otros|algun otro|algunos otros|mas} {procesos|proceso}',
      '{esta|estas} {entrevistando|haciendo entrevistas} {con|en} otras empresas',
    ],
    meaning:
      'Quieren saber cuánto tiempo tienen. Es una pregunta normal; puede responder con sinceridad y sin nombres, y a veces hace que se den prisa.',
  },
  {
    id: 'check-application',
    phrase: 'Necesitamos unos datos más',
    patterns: [
      '{necesitamos|necesitariamos|necesito|necesitaria|nos faltan|nos falta|nos faltaria|nos faltarian|faltan|falta} {unos|algunos|un par de|dos|algun|un|unos pocos} {datos|dato|documentos|documento|papeles|detalles} {mas|adicionales|adicional}',
      `{comprobar|verificar|revisar|confirmar|aclarar} {unos|algunos|un par de} {datos|detalles|puntos|cosas} {de|sobre|en} {su|tu} ${applicationWord}`,
    ],
    meaning:
      'Les falta algo para seguir, a menudo un trámite. No suele ser mala señal; contestar pronto y con claridad evita retrasos.',
  },
  {
    id: 'offer',
    phrase: 'Le haremos llegar una propuesta',
    patterns: [
      '{hacerle|hacerte|presentarle|presentarte|ofrecerle|ofrecerte|enviarle|enviarte|mandarle|mandarte} una {oferta|propuesta}',
      '{le|te} {haremos|hare|vamos a hacer|voy a hacer} llegar {una|la|nuestra} {oferta|propuesta}',
      '{ofrecerle|ofrecerte} el puesto',
    ],
    meaning:
      'Suele querer decir que le eligen o que están muy cerca. Hasta que la tenga por escrito aún puede cambiar, y no hace falta aceptar en la misma llamada.',
  },
  {
    id: 'good-news',
    phrase: 'Le llamo para darle una buena noticia',
    patterns: [
      '{darle|darte|contarle|contarte|comunicarle|comunicarte|tengo|tenemos|traigo|traemos} {una |unas |}{buena noticia|buenas noticias|muy buena noticia|muy buenas noticias|noticias buenas}',
    ],
    meaning:
      'Suele anunciar un paso adelante o una oferta. Escuche con calma, tome nota y pida los detalles por escrito antes de decidir nada.',
  },
  {
    id: 'paperwork',
    phrase: 'Le enviaremos el contrato',
    patterns: [
      '{le|te} {enviaremos|enviare|envio|mandaremos|mandare|mando|pasaremos|pasare|paso|haremos llegar|hare llegar} {el contrato|la documentacion|los documentos|el papeleo|la carta oferta|la carta de oferta|los papeles}',
    ],
    meaning:
      'Suele llegar tras un sí. Léalo con calma antes de firmar y pregunte lo que no entienda; es normal tardar un día o dos.',
    ahead: true,
  },
  {
    id: 'conditional-offer',
    phrase: 'Una oferta sujeta a referencias',
    patterns: [
      '{sujeta|sujeto|condicionada|condicionado|supeditada|supeditado} a {la |las |unas |sus |tus |que |}{referencias|verificacion|comprobacion|revision|aprobacion|reconocimiento medico|examen medico|examenes medicos|antecedentes}',
    ],
    meaning:
      'Le quieren contratar, pero falta un último control. Casi siempre sale bien; aun así, espere a que se confirme antes de dejar su empleo actual.',
  },
  {
    id: 'budget',
    phrase: 'Estamos cerrando el presupuesto',
    patterns: [
      '{cerrando|cerrar|aprobando|aprobar|definiendo|definir|revisando|revisar|confirmando|confirmar|ajustando|ajustar} {el|los} presupuesto{s|}',
      'pendiente{s|} de {aprobacion|aprobar} {del |el |}presupuesto',
    ],
    meaning:
      'Suele querer decir que aún fijan el sueldo o que falta una firma. Es un buen momento para tener clara su cifra, aunque a veces retrasa las cosas.',
  },
  {
    id: 'strong-applicants',
    phrase: 'Hemos recibido muchas candidaturas muy buenas',
    patterns: [
      '{muchas|numerosas|tantas|muchisimas|gran cantidad de|un gran numero de} {candidaturas|postulaciones|solicitudes|aplicaciones}',
      '{muchos|numerosos|tantos|muchisimos} {candidatos|postulantes|perfiles} {muy |}{buenos|valiosos|interesantes|excelentes|de gran nivel|de mucho nivel|de alto nivel}',
      'el nivel {de los candidatos |de las candidaturas |de los perfiles |}{ha sido |fue |era |es |}muy alto',
    ],
    meaning:
      'A menudo precede a un no, dicho con tacto. También puede ser solo contexto. Si es un no, suele hablar de la competencia, no de usted.',
  },
  {
    id: 'role-filled',
    phrase: 'El puesto ya está cubierto',
    patterns: [
      `${roleWord} {ya |}{esta|ha sido|fue|ha quedado|quedo} {ya |}{cubierto|cubierta|ocupado|ocupada}`,
      `${roleWord} {ya |}se {ha cubierto|cubrio|ha ocupado|ocupo}`,
      'hemos cubierto {el puesto|la vacante|la posicion|la plaza}',
    ],
    meaning:
      'Han contratado a otra persona. No dice nada malo de usted; a veces aún se puede pedir que le tengan en cuenta para la próxima.',
  },
  {
    id: 'role-withdrawn',
    phrase: 'La vacante se ha cancelado',
    patterns: [
      `{${roleWord}|busqueda|proceso} {se ha|ha sido|fue|quedo|ha quedado|se|esta|queda} {cancelado|cancelada|cancelo|retirado|retirada|retiro|anulado|anulada|anulo|suspendido|suspendida|suspendio}`,
      '{cancelar|cancelado|cancelamos|retirar|retirado|retiramos|anular|anulado|anulamos} {el puesto|la vacante|la posicion|la plaza|la busqueda|el proceso}',
    ],
    meaning:
      'La empresa ya no busca a nadie para ese puesto, a menudo por presupuesto o por cambios internos. Casi nunca tiene que ver con usted.',
  },
  {
    id: 're-advertise',
    phrase: 'Vamos a volver a publicar la oferta',
    patterns: [
      '{volver a|volveremos a|vamos a volver a} {publicar|abrir|lanzar|anunciar} {la oferta|el anuncio|la vacante|el puesto|el proceso|la busqueda}',
      '{republicar|republicaremos|republicamos|reabrir|reabriremos|reabrimos|reabierto|relanzar|relanzaremos|relanzamos} {la oferta|el anuncio|la vacante|el puesto|el proceso|la busqueda}',
    ],
    meaning:
      'No han encontrado a quien buscaban y vuelven a empezar. Suele ser un no para quienes ya estaban, aunque a veces puede volver a presentarse.',
  },
  {
    id: 'future-opportunities',
    phrase: 'Contaremos con usted para futuras oportunidades',
    patterns: [
      '{contactaremos|contactarle|contactarte|avisaremos|avisarle|avisarte|contar con usted|contar contigo|contaremos con usted|contaremos contigo|pensar en usted|pensar en ti|pensaremos en usted|pensaremos en ti} {para|en} {futuras|proximas|otras|nuevas} {oportunidades|vacantes|posiciones|procesos|ofertas}',
      'si {surge|sale|se abre|aparece|hay} {otra|alguna|una nueva|alguna otra|otra nueva} {oportunidad|vacante|posicion|oferta}',
    ],
    meaning:
      'Suele acompañar a un no para este puesto. A veces sí vuelven a escribir; contestar con una línea de gracias deja buen recuerdo.',
  },
  {
    id: 'keep-you-in-mind',
    phrase: 'Le tendremos en cuenta',
    patterns: [
      '{le|te|lo|la} {tendremos|tendre|tenemos|vamos a tener|voy a tener} {muy |}{en cuenta|presente}',
    ],
    meaning:
      'Un cierre amable, muy común tras un no. A veces es sincero y vuelven a llamar; no conviene esperar solo esa llamada.',
  },
  {
    id: 'count-on-us',
    phrase: 'Cuente con nosotros',
    patterns: [
      '{cuente|cuenta|puede contar|puedes contar|pueden contar} {con nosotros|con nosotras|conmigo}',
      '{quedo|quedamos|estoy|estamos|quedare|quedaremos} a {su|tu|vuestra} {entera |}disposicion',
    ],
    meaning:
      'Una despedida cortés: se ofrecen para dudas. Por sí sola no suele decir nada del resultado, pero es una buena invitación a preguntar lo que necesite.',
  },
  {
    id: 'awaiting-you',
    phrase: 'Quedamos atentos',
    patterns: [
      '{quedamos|quedo|quedare|quedaremos|estamos|estaremos|quedo muy|quedamos muy} {atentos|atentas|atento|atenta}',
      '{quedamos|quedo|quedare|quedaremos} {pendientes|pendiente} {de|a} {su|tu|sus|tus}',
    ],
    meaning:
      'Es un cierre cortés, muy usado en Latinoamérica: esperan su respuesta o sus dudas. Si le pidieron algo, suele bastar con contestar en un día o dos.',
  },
  {
    id: 'decision-by',
    phrase: 'Esperamos tener una decisión a finales de semana',
    patterns: [
      '{tener|tomar|darle|darte|comunicarle|comunicarte} {una|la} {decision|respuesta} {final |definitiva |}{antes de|antes del|para el|para la|a finales de|a fin de|a final de|esta|la proxima}',
    ],
    meaning:
      'Le dan una fecha aproximada. Los plazos se alargan a menudo; si pasa un par de días de la fecha, escribir con amabilidad es correcto.',
  },
  {
    id: 'in-due-course',
    phrase: 'Le responderemos a la mayor brevedad',
    patterns: [
      '{le|te|les} {contestaremos|responderemos|diremos algo|daremos respuesta|daremos una respuesta|informaremos|escribiremos|contactaremos|llamaremos|avisaremos|comunicaremos algo} {en breve|a la mayor brevedad|en su momento|a su debido tiempo|proximamente|pronto|lo antes posible|en los proximos dias}',
      'nos pondremos en contacto {con usted |contigo |}{en breve|a la mayor brevedad|en su momento|proximamente|pronto|lo antes posible|en los proximos dias}',
    ],
    meaning:
      'Una promesa sin fecha. Suele ser sincera, pero no dice cuándo; pasadas una o dos semanas, preguntar con amabilidad es normal.',
  },
  {
    id: 'no-reply-means-no',
    phrase: 'Si no recibe respuesta en quince días…',
    patterns: [
      'si no {recibe|recibes|ha recibido|has recibido|recibiera|tiene|tienes|tuviera|ha tenido|hemos contactado|le hemos contactado|te hemos contactado|le contactamos|te contactamos} {noticias |respuesta |ninguna respuesta |contestacion |noticias nuestras |}{en|antes de|dentro de|pasados|durante}',
    ],
    meaning:
      'Es un aviso de plantilla: muchas empresas no responden a todas las personas. Pasado ese plazo, lo más probable es que no sigan, y no suele decir nada de su perfil.',
  },
  {
    id: 'patience',
    phrase: 'Gracias por su paciencia',
    patterns: [
      '{gracias|agradecemos|agradezco|agradecerle|agradecerte|muchas gracias} {por |}{su|tu|la} {paciencia|espera}',
    ],
    meaning:
      'Suele ir delante de una noticia que se ha hecho esperar, buena o mala. Lea el resto con calma: ahí está lo importante.',
  },
  {
    id: 'impressed',
    phrase: 'Nos ha causado muy buena impresión',
    patterns: [
      '{causado|causo|dejado|dejo|dio|dado|llevamos|llevado|llevaron|llevo|tenemos|tuvimos|quedamos con} {una |}{muy |}buena impresion',
      '{quedamos|quedaron|quedo|hemos quedado|han quedado|ha quedado|estamos} {muy |}{impresionados|impresionadas|impresionado|impresionada}',
    ],
    meaning:
      'Es un elogio sincero y una buena señal, pero no es una oferta. Pueden estar dudando entre varias personas a las que también valoran.',
  },
  {
    id: 'close-decision',
    phrase: 'Ha sido una decisión muy difícil',
    patterns: [
      '{decision|eleccion|seleccion} {muy |realmente |tan |bastante |}{dificil|complicada|renida|ajustada|ajustadisima|dificilisima}',
      '{ha estado|estuvo|fue} muy {renido|renida|ajustado|ajustada|parejo|pareja}',
    ],
    meaning:
      'Suele acompañar a un no y también suele ser verdad. Estuvo cerca: es un buen momento para pedir comentarios y dejar la puerta abierta.',
  },
  {
    id: 'preferred-candidate',
    phrase: 'Es nuestra primera opción',
    patterns: [
      '{nuestro|nuestra} {candidato|candidata|perfil} {preferido|preferida|favorito|favorita|ideal}',
      '{es|eres|sigue siendo|sigues siendo|ha sido|fue} {nuestra|mi} primera {opcion|eleccion}',
    ],
    meaning:
      'Es muy buena señal: le prefieren a usted. Aún falta la oferta y pueden quedar trámites, así que conviene no dejar otros procesos todavía.',
  },
  {
    id: 'still-interested',
    phrase: '¿Sigue interesado en el puesto?',
    patterns: [
      '{sigue|sigues|continua|continuas} {estando |}{interesado|interesada|con interes}',
      '{todavia|aun} {le|te} interesa {el puesto|la vacante|la oferta|la posicion|el proceso}',
      '{le|te} sigue interesando',
    ],
    meaning:
      'Suelen querer avanzar y confirmar antes que nada. Si le interesa, dígalo claro; también puede preguntar por los siguientes pasos.',
  },
  {
    id: 'under-review',
    phrase: 'Su candidatura está en revisión',
    patterns: [
      `${applicationWord} {sigue|esta|continua|se encuentra|sigue estando} {todavia |aun |}{en revision|en estudio|siendo revisada|siendo revisado|en valoracion|bajo revision|en evaluacion|siendo evaluada|siendo evaluado}`,
      '{estamos|seguimos} {revisando|valorando|estudiando|evaluando} {su|tu|las|todas las} {candidatura|candidaturas|postulacion|postulaciones|solicitud|solicitudes|cv}',
    ],
    meaning:
      'Aún no hay decisión. Puede tardar; si le dieron un plazo y pasa, escribir una vez para preguntar es normal y no molesta.',
  },
  {
    id: 'panel-meeting',
    phrase: 'El comité se reúne para decidir',
    patterns: [
      '{comite|panel|tribunal|equipo directivo} se {reune|reunira|reunen|reuniran|va a reunir|van a reunir}',
      '{reunirnos|nos reunimos|nos reuniremos|se reunira|se reuniran} {para |}{decidir|valorar|comparar|revisar|comentar} {las|los} {candidaturas|candidatos|perfiles|finalistas}',
    ],
    meaning:
      'Van a comparar a las personas que quedan. Suele tardar unos días más de lo dicho; por ahora no hay nada que hacer salvo esperar.',
  },
  {
    id: 'more-senior',
    phrase: 'Buscamos un perfil más senior',
    patterns: [
      '{buscamos|buscabamos|busca|buscaba|necesitamos|necesitabamos|necesita|necesitaba|buscando} {a |}{alguien|un perfil|una persona|un candidato|una candidata} {con mas experiencia|mas senior|de mas experiencia|con mas trayectoria|de mayor experiencia|con mayor experiencia|mas experimentado}',
    ],
    meaning:
      'Suele ser un no para este puesto por años de experiencia, no por su talento. A veces encaja mejor en otra vacante de la misma empresa.',
  },
  {
    id: 'overqualified',
    phrase: 'Su perfil está sobrecualificado',
    patterns: [
      '{sobrecualificado|sobrecualificada|sobrecalificado|sobrecalificada|sobrecualificacion|sobrecalificacion|sobre cualificado|sobre cualificada|sobre calificado|sobre calificada}',
      '{demasiado|muy} senior para',
    ],
    meaning:
      'A menudo temen que se aburra o que se vaya pronto. Si el puesto le interesa de verdad, puede decir por qué con calma.',
  },
  {
    id: 'culture-fit',
    phrase: 'Queremos ver el encaje cultural',
    patterns: [
      '{encaje|ajuste|fit} cultural',
      '{encaje|encajar|encaja} con {el equipo|la cultura|nuestra cultura|nuestros valores}',
    ],
    meaning:
      'Suelen querer ver cómo trabaja con otras personas. Sea usted, con ejemplos reales de trabajo en equipo; no hay una respuesta perfecta.',
  },
  {
    id: 'assessment',
    phrase: 'Le enviaremos una prueba técnica',
    patterns: [
      '{prueba|pruebas|ejercicio|ejercicios|caso|test|reto} {tecnica|tecnicas|tecnico|tecnicos|practico|practica|practicos|psicotecnico|psicotecnicos|de conocimientos|de personalidad|para hacer en casa|de ingles|de nivel}',
    ],
    meaning:
      'Es una parte normal del proceso y suele ser buena señal. Pregunte cuánto tiempo tiene y qué valoran, y no dude en pedir más plazo si lo necesita.',
    ahead: true,
  },
  {
    id: 'background-check',
    phrase: 'Haremos una comprobación de antecedentes',
    patterns: [
      '{verificacion|comprobacion|revision|chequeo|consulta|certificado|certificados|estudio|informe} de antecedentes',
      '{estudio|visita|verificacion} {socioeconomico|socioeconomica|domiciliaria|de seguridad}',
    ],
    meaning:
      'Suele llegar al final, con una oferta cerca. Es un trámite; si hay algo que prefiera explicar, decirlo antes suele ayudar.',
  },
  {
    id: 'right-to-work',
    phrase: '¿Tiene permiso de trabajo?',
    patterns: [
      '{permiso|permisos|autorizacion} {de trabajo|para trabajar|de residencia y trabajo}',
      'visa de trabajo',
    ],
    meaning:
      'Es una comprobación legal que hacen con todas las personas. Suele ser rutina; tenga a mano su documento por si se lo piden.',
  },
  {
    id: 'hr-in-touch',
    phrase: 'Recursos Humanos se pondrá en contacto con usted',
    patterns: [
      '{recursos humanos|rrhh|rh|el equipo de personas|el departamento de personal|el departamento de personas} {se pondra|se va a poner|se comunicara|le contactara|te contactara|le llamara|te llamara|le escribira|te escribira}',
    ],
    meaning:
      'Suele venir tras un sí o muy cerca de él: toca hablar de contrato, sueldo o fechas. Aún puede haber cambios hasta tenerlo por escrito.',
  },
  {
    id: 'circle-back',
    phrase: 'Lo consulto y le digo algo',
    patterns: [
      '{lo|la} {consulto|hablo|comento|reviso|confirmo} ~ y {le|te} {digo|comento|cuento|confirmo|aviso|escribo|llamo}',
    ],
    meaning:
      'Aún no tienen la respuesta y van a preguntar. Es normal; si no vuelven a escribir en unos días, puede recordarlo con amabilidad.',
  },
];
