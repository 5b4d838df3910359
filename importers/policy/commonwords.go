package policy

import "strings"

// commonWords are everyday English and German words, including those that
// service names are made of, and the abbreviations of roles that open a
// list item of recipients ("GP, emergency services …", "HR, payroll …"). A catalogue name that is one of them would turn
// ordinary prose into a recipient (catalogue_test.go), and a capitalised word
// that is one of them does not name a vendor by spelling a domain.
var commonWords = wordSet(strings.Fields(`
a about above access account act action add address after again against agreement all also always an analytics and any app
apps apply are area as ask at away back bank base basic be because been before being below best better between big
bird blue board body bolt book box branch bridge bright build business but buy by call can card care case cash cause
center change chat check choice circle city class clear click close cloud code coffee collect come common community
company contact content control convert cookie copper copy core cost could country course cover create cross current
customer daily data date day deal deliver delivery design detail digital direct do door down drive drop each early
easy edge element email end engine even event every exchange expert express fast field file find fire first flow fly
focus for form forms forward free fresh friend from front full fund gateway general get gift give global go good
great green ground group grow guide hand happy harvest have head health hello help here high hold home hook hope host
hot house how hub idea image impact in info inside into is it item jet join journey just keep key kind kit know lab
land language large last launch layer lead learn left lever level life light like line link list live local lock
log long look loop loom love mail main make manager map market match matrix maze meet member message mind mobile
money monster more most move my name native need net network new news next nice night node note notion now of off
office on one online only open order other our out over page paddle paper part partner party pass path pay people
persona phone piano pick pilot pixel place plan platform play plus point pool post power press price print privacy
pro product project public pulse push quick rain reach read ready real record red region relay remote render report
request rest right ring rise road rock room root route run safe sage sale scale school scout search secure send
server service services session share shield ship shop shore side sign signal simple site smart social soft solid
sound source space spark speed spring square stack stage star start state station step stream street strong studio
style sun support sure swift switch system table take talk team tell test text that the their them there these thing
think this through ticket time to today tool top total touch track trade trail tree true trust turn under unit up
us use user value view vision visit voice wall want watch wave way we web website websites week well when where whereby which white
who why will wise with word work world yes you your zone
gp hr isp
aber alle als also am an auch auf aus bei bis das dass dein dem den der des die dienst dies doch du durch ein eine
webseite webseiten
einer es für gut haben hier ich ihr im in ist ja kein kunde leben liebe mehr mit nach neu nicht noch nur oder post
sicher so über um und uns unser von vor was weg welt wie wir wo zeit zu zum zur
`)...)
