import type { messages as es } from './es.ts'

export const messages: Record<keyof typeof es, string> = {
  'in.back': 'Retounen nan paj dakèy la',
  'in.menu.title': 'Enfòmasyon anonim',
  'in.menu.miClave': 'Kle analis mwen',
  'in.menu.miClave.hint': 'Kle ou sou aparèy sa a ak kle biwo ou yo.',
  'in.forbidden': 'Kont ou pa pèmèt ou analize enfòmasyon anonim.',
  'in.cargando': 'N ap chaje…',
  'in.sinConexion': 'Pa gen koneksyon ak sèvè a. Eseye ankò.',
  'in.mi.title': 'Kle analis mwen',
  'in.mi.lead':
    'Enfòmasyon anonim yo chifre pou kle chak biwo, epi kle biwo a kenbe chifre pou kle chak analis. Kle ou fèt nan navigatè sa a epi li pa janm soti ladan l: sèvè a pa ka li okenn enfòmasyon.',
  'in.mi.aqui': 'Aparèy sa a gen kle ou.',
  'in.mi.huella': 'Anprent kle ou: {huella}',
  'in.mi.huella.hint': 'Yon kolèg ki vlope kle yon biwo pou ou ka verifye anprent sa a avè w.',
  'in.mi.noAqui': 'Aparèy sa a pa gen kle ou.',
  'in.mi.otroEquipo':
    'Kle ki anrejistre pou ou a se kle yon lòt aparèy. Si ou fè youn isit la, kle lòt aparèy la p ap sèvi ankò epi yon kolèg nan chak biwo ap oblije vlope kle yo pou ou ankò.',
  'in.mi.crear': 'Fè kle mwen sou aparèy sa a',
  'in.mi.recrear': 'Fè yon nouvo kle sou aparèy sa a',
  'in.mi.recrear.aviso':
    'Yon nouvo kle ranplase ansyen an: kopi kle biwo ou yo efase epi yon kolèg nan chak biwo ap oblije vlope yo pou ou ankò.',
  'in.mi.creada.title': 'Kle a fèt',
  'in.mi.creada.body': 'Aparèy sa a gen kle ou kounye a. Kolèg ou yo ap wè l nan «An atant» chak biwo.',
  'in.mi.compartido':
    'Sèvi ak yon aparèy ki pou ou sèlman: nenpòt moun ki sèvi ak navigatè sa a ak kont ou ka li sa ou li.',
  'in.mi.frase': 'Fraz pou rekipere kle ou (si ou vle)',
  'in.mi.frase.hint':
    'Si ou ekri youn, w ap ka telechaje kle ou chifre ak fraz sa a epi rekipere l sou yon lòt aparèy. Omwen 12 karaktè. Pèsonn pa ka rekipere fraz la pou ou.',
  'in.mi.frase.corta': '«Fraz pou rekipere kle ou» dwe gen omwen 12 karaktè.',
  'in.mi.descargar': 'Telechaje fichye rekiperasyon an',
  'in.mi.descargar.hint': 'Kenbe l lwen aparèy sa a. Avèk fichye a ak fraz la, nenpòt moun ta gen kle ou.',
  'in.rec.title': 'Rekipere kle ou sou aparèy sa a',
  'in.rec.lead':
    'Si ou te kenbe yon fichye rekiperasyon lè ou te fè kle ou, sèvi avè l isit la: kolèg ou yo p ap bezwen vlope kle yo pou ou ankò.',
  'in.rec.archivo': 'Fichye rekiperasyon',
  'in.rec.frase': 'Fraz rekiperasyon',
  'in.rec.submit': 'Rekipere kle mwen',
  'in.rec.mal': 'Fichye a oswa fraz la pa mache. Verifye se bon fichye a ak fraz egzak la.',
  'in.rec.hecho.title': 'Kle a rekipere',
  'in.rec.hecho.body': 'Aparèy sa a gen kle ou ankò.',
  'in.mesas.title': 'Biwo ou yo',
  'in.mesas.ninguna': 'Ou poko nan okenn biwo. Yon administratè dwe mete w ladan l.',
  'in.mesas.ir': 'Kle biwo {unidad}',
  'in.mesa.title': 'Kle biwo {unidad}',
  'in.mesa.noEncontrada': 'Ou pa nan biwo sa a, oswa biwo a pa egziste.',
  'in.estado.tiene': 'Ou gen kle biwo a (vèsyon {version}).',
  'in.estado.sinClave': 'Biwo a poko gen kle: pèsonn pa ka voye enfòmasyon ba li jiskaske ou fè l.',
  'in.estado.espera':
    'N ap tann yon kolèg nan biwo a vlope kle a pou ou (vèsyon {version}). Mande l sa: w ap wè l isit la lè li fè l.',
  'in.estado.sinLlavero': 'Aparèy sa a pa gen kle analis ou.',
  'in.estado.sinLlavero.link': 'Fè kle mwen sou aparèy sa a',
  'in.estado.otroEquipo':
    'Kopi kle biwo a chifre pou kle yon lòt aparèy. Fè kle ou sou aparèy sa a epi mande yon kolèg pou l vlope l pou ou ankò.',
  'in.crear': 'Fè kle biwo a (vèsyon 1)',
  'in.crear.hint':
    'Li fèt nan navigatè sa a epi li kenbe chifre pou ou ak pou kolèg biwo a ki deja gen yon kle.',
  'in.creada.title': 'Kle biwo a fèt',
  'in.creada.body': 'Biwo a gen kle vèsyon {version}. Depi kounye a moun ka voye enfòmasyon ba li.',
  'in.rotar': 'Chanje kle biwo a (fè vèsyon {version})',
  'in.rotar.hint':
    'Fè l lè yon moun kite biwo a: nouvo enfòmasyon yo ap ale nan nouvo vèsyon an, moun sa a pa genyen l. Ansyen enfòmasyon yo toujou li ak vèsyon anvan yo.',
  'in.rotar.incompleta':
    'Nouvo vèsyon an pa t ka fèt: biwo a gen analis aparèy sa a pa konnen kle yo. Mande yo gade «An atant», oswa eseye ankò pita.',
  'in.pendientes.title': 'An atant',
  'in.pendientes.lead':
    'Kolèg nan biwo a k ap tann yon kopi kle a. Verifye anprent kle chak moun avè l anvan ou vlope l.',
  'in.pendientes.ninguno': 'Pa gen okenn kolèg k ap tann kle a.',
  'in.pendientes.colega': 'Kolèg ki gen kle {huella}',
  'in.pendientes.versiones': 'Vèsyon li manke: {versiones}.',
  'in.pendientes.envolver': 'Vlope kle a pou kolèg sa a',
  'in.pendientes.hecho': 'Kle a vlope pou kolèg ki gen kle {huella}.',
  'in.pendientes.sinClave': 'Ou poko gen kle biwo a: ou pa ka vlope l pou lòt moun.',
  'in.admin.title': 'Biwo enfòmasyon anonim',
  'in.admin.lead':
    'Mete moun sa a nan yon biwo pou l analize enfòmasyon li (li bezwen «Analize enfòmasyon anonim» tou). Li p ap li anyen jiskaske yon analis nan biwo a vlope kle a pou li. Lè ou retire l, yon analis nan biwo a dwe chanje kle a.',
  'in.admin.mesa': 'Biwo',
  'in.admin.elegir': 'Chwazi yon biwo',
  'in.admin.poner': 'Mete nan biwo a',
  'in.admin.quitar': 'Retire nan biwo a',
  'in.admin.puesto': '{name} nan biwo {unidad} kounye a.',
  'in.admin.quitado': '{name} pa nan biwo {unidad} ankò.',
  'in.admin.falta': 'Chwazi yon biwo.',
  'in.admin.hecho': 'Chanjman an anrejistre',
}
