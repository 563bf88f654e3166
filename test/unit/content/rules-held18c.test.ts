/**
 * Commander rules added after the held18c and held19c batches of real-shape fixtures, each pinned on invented cells.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../lib/content";
import { splitPeople } from "../../../lib/content/people";

const people = (cell: string) => splitPeople(cell).people.map((p) => [p.person.name, p.person.rank, p.person.status]);

describe("held18c rules", () => {
  it("reads Ethiopian titles as ranks", () => {
    expect(people("Ras Belay Worku Dejazmach Haile Tesfa Fitawrari Alemayehu†")).toEqual([
      ["Belay Worku", "Ras", null],
      ["Haile Tesfa", "Dejazmach", null],
      ["Alemayehu", "Fitawrari", "KIA"],
    ]);
  });

  it("reads the word after 'bin'/'ibn' as a father's name even when it is a title, and lets an al- name go on it", () => {
    expect(people("Faisal bin Sultan al-Harbi Omar Dunleavy")).toEqual([
      ["Faisal bin Sultan al-Harbi", null, null],
      ["Omar Dunleavy", null, null],
    ]);
  });

  it("never starts a person at a name behind an Arabic article", () => {
    expect(people("Nasir al-Din Yusuf Rukn ad-Din Baybak")).toEqual([
      ["Nasir al-Din Yusuf", null, null],
      ["Rukn ad-Din Baybak", null, null],
    ]);
    expect(people("Hamid Karim al-Jaburi Fadil Aziz Nuri")).toEqual([
      ["Hamid Karim al-Jaburi", null, null],
      ["Fadil Aziz Nuri", null, null],
    ]);
  });

  it("keeps a capitalised article after a lowercase particle in the surname", () => {
    expect(people("Tomás de Las Vegas Andrés Pino")).toEqual([
      ["Tomás de Las Vegas", null, null],
      ["Andrés Pino", null, null],
    ]);
  });
});

describe("held19c rules", () => {
  it("reads German company-grade ranks and their abbreviations, and Wazir and Peshwa", () => {
    expect(people("Hptm. Kurt Lindner Oblt. Erich Maas Hauptmann Otto Brandt")).toEqual([
      ["Kurt Lindner", "Captain", null],
      ["Erich Maas", "First Lieutenant", null],
      ["Otto Brandt", "Captain", null],
    ]);
    expect(people("Wazir Rahim Khanov, Peshwa Balaji Deshmane")).toEqual([
      ["Rahim Khanov", "Wazir", null],
      ["Balaji Deshmane", "Peshwa", null],
    ]);
  });

  it("ends a name at an honorific joined by an article ('Najm-ud-Daula')", () => {
    expect(people("Karim Bakhshi Najm-ud-Daula Tahir Ali Khan")).toEqual([
      ["Karim Bakhshi", null, null],
      ["Najm-ud-Daula", null, null],
      ["Tahir Ali Khan", null, null],
    ]);
  });

  it("keeps an epithet after a comma and one ending in a title word with the name", () => {
    expect(people("Henry, the Young King Walter Mapes")).toEqual([
      ["Henry the Young King", null, null],
      ["Walter Mapes", null, null],
    ]);
  });

  it("keeps a title of place after a comma with its holder in a cell that lost its line breaks, and the French form", () => {
    expect(people("Louis, Duke of Berriac Amaury de Vessy †")).toEqual([
      ["Louis, Duke of Berriac", null, null],
      ["Amaury de Vessy", null, "KIA"],
    ]);
    expect(people("Gaston de Foix-Lavel, Captal de Buchet, Pierre Aubrac")).toEqual([
      ["Gaston de Foix-Lavel, Captal de Buchet", null, null],
      ["Pierre Aubrac", null, null],
    ]);
  });
});

describe("held20c rules", () => {
  it("reads clergy, Doge, Voivode, Kaiser and princely titles as ranks", () => {
    expect(people("Cardinal Pietro Alberti, Doge Marco Venier, Voivode Mircea II, Bishop Anselm Rothe")).toEqual([
      ["Pietro Alberti", "Cardinal", null],
      ["Marco Venier", "Doge", null],
      ["Mircea II", "Voivode", null],
      ["Anselm Rothe", "Bishop", null],
    ]);
    expect(people("Kaiser Otto IV, Margrave Albrecht Kessel")).toEqual([
      ["Otto IV", "Kaiser", null],
      ["Albrecht Kessel", "Margrave", null],
    ]);
  });

  it("keeps German naval ranks without an English equivalent under their own name", () => {
    expect(people("Kapitänleutnant Emil Vorhaus (KIA), Korvettenkapitän Paul Drescher")).toEqual([
      ["Emil Vorhaus", "Kapitänleutnant", "KIA"],
      ["Paul Drescher", "Korvettenkapitän", null],
    ]);
  });

  it("reads '(killed in battle)', '(hanged)', '(beheaded)' and '(died of disease)' as statuses", () => {
    expect(people("Tom Ardley (killed in battle), Sam Orrin (hanged), Ned Fallow (beheaded), Luc Marten (died of disease)")).toEqual([
      ["Tom Ardley", null, "KIA"],
      ["Sam Orrin", null, "executed"],
      ["Ned Fallow", null, "executed"],
      ["Luc Marten", null, "died"],
    ]);
  });

  it("never starts a person at a regnal number, an O'/Mac surname or a Roman middle name", () => {
    expect(people("Ludwig III Anton Kessler")).toEqual([
      ["Ludwig III", null, null],
      ["Anton Kessler", null, null],
    ]);
    expect(people("Donal Og O'Rourke-Flynn Cormac of Ulstan")).toEqual([
      ["Donal Og O'Rourke-Flynn", null, null],
      ["Cormac of Ulstan", null, null],
    ]);
    expect(people("Quintus Fulvius Naso Publius Marcius Rufo")).toEqual([
      ["Quintus Fulvius Naso", null, null],
      ["Publius Marcius Rufo", null, null],
    ]);
  });

  it("keeps Irish particles and Romanian 'cel' epithets inside a name", () => {
    expect(people("Conn Ó Cathain, Mihnea cel Rău-Drăculea")).toEqual([
      ["Conn Ó Cathain", null, null],
      ["Mihnea cel Rău-Drăculea", null, null],
    ]);
  });

  it("keeps a lone family name after an Ottoman title at the end of a list item", () => {
    expect(people("Hasan Pasha Predojević, Ali Bey")).toEqual([
      ["Hasan Pasha Predojević", null, null],
      ["Ali Bey", null, null],
    ]);
  });
});

describe("held21c rules", () => {
  it("reads 'ben' as a particle and keeps given names with a double surname joined by 'y'", () => {
    expect(people("Tomás Luis Ordaz y Berrio, Ahmed ben Khalda")).toEqual([
      ["Tomás Luis Ordaz y Berrio", null, null],
      ["Ahmed ben Khalda", null, null],
    ]);
  });

  it("reads more ranks: RAF junior and senior ranks, Generalissimo, Army General, Grand Prince, Grand Master, NCOs", () => {
    expect(people("Pilot Officer Colin Dray, Marshal of the Royal Air Force Cyril Newall-Hart, Grand Master Jean Valette-Parisot, Corporal Ned Hobb")).toEqual([
      ["Colin Dray", "Pilot Officer", null],
      ["Cyril Newall-Hart", "Marshal of the Royal Air Force", null],
      ["Jean Valette-Parisot", "Grand Master", null],
      ["Ned Hobb", "Corporal", null],
    ]);
    expect(people("Generalissimo Wei Lihuang, Army General Pavel Batov-Rybin, Grand Prince Yaropolk I")).toEqual([
      ["Wei Lihuang", "Generalissimo", null],
      ["Pavel Batov-Rybin", "Army General", null],
      ["Yaropolk I", "Grand Prince", null],
    ]);
  });

  it("keeps 'St.' inside a surname and a dynasty's 'Al' name after bin/ibn", () => {
    expect(people("Henry St. John Amos Vane, Sheikh Salman bin Hamad Al Thani")).toEqual([
      ["Henry St. John", null, null],
      ["Amos Vane", null, null],
      ["Salman bin Hamad Al Thani", "Sheikh", null],
    ]);
  });

  it("drops labels opening a line and group headings, which name nobody", () => {
    expect(people("Army Group North: Ernst Kessler\nChief of staff:\nOtto Brandl")).toEqual([
      ["Ernst Kessler", null, null],
      ["Otto Brandl", null, null],
    ]);
    expect(people("Rahim Khan Durrani\nAfghan Officers\nJahan Khan Popal")).toEqual([
      ["Rahim Khan Durrani", null, null],
      ["Jahan Khan Popal", null, null],
    ]);
  });

  it("reads a status opening a bracket that goes on, the most final of several, and a rank alone in a bracket", () => {
    expect(people("Otto Fenner (KIA 23 May), Paul Ree (†4 June), Ugo Sala (wounded and captured), Ned Carr (captured, later executed)")).toEqual([
      ["Otto Fenner", null, "KIA"],
      ["Paul Ree", null, "KIA"],
      ["Ugo Sala", null, "POW"],
      ["Ned Carr", null, "executed"],
    ]);
    expect(people("Kenta Mori (committed seppuku), Dario Fo-Lenti (died in a crash), Erich Raabe (Grand Admiral)")).toEqual([
      ["Kenta Mori", null, "suicide"],
      ["Dario Fo-Lenti", null, "died"],
      ["Erich Raabe", "Grand Admiral", null],
    ]);
    expect(people("Col. Gen. Anton Reiss")).toEqual([["Anton Reiss", "Colonel General", null]]);
  });

  it("ends a royal's name before a von/de surname in a cell that lost its line breaks", () => {
    expect(people("Crown Prince Albrecht Gustav von Kessel")).toEqual([
      ["Albrecht", "Crown Prince", null],
      ["Gustav von Kessel", null, null],
    ]);
    expect(people("Prince Louis Victor of Hessen Karl von Breda")).toEqual([
      ["Louis Victor of Hessen", "Prince", null],
      ["Karl von Breda", null, null],
    ]);
  });
});

describe("held22c rules", () => {
  it("reads Thai noble titles, Lieutenant Field Marshal and Commandant as ranks", () => {
    expect(people("Phraya Sorasak, Chao Phraya Chakri-Rama, Comdt. Liam Breen, Feldmarschall-Leutnant Anton Vetter")).toEqual([
      ["Sorasak", "Phraya", null],
      ["Chakri-Rama", "Chao Phraya", null],
      ["Liam Breen", "Commandant", null],
      ["Anton Vetter", "Lieutenant Field Marshal", null],
    ]);
  });

  it("keeps 'Abd' and the article name after it as one given name", () => {
    expect(people("Gen. Abd al-Karim Yusuf Naser, Omar Abd al-Latif")).toEqual([
      ["Abd al-Karim Yusuf Naser", "General", null],
      ["Omar Abd al-Latif", null, null],
    ]);
  });

  it("keeps one-word names the prose uses alone as whole people, but not family names the prose uses for a force", () => {
    const article = (c1: string, c2: string, prose: string) =>
      parseArticle(
        "t.txt",
        Buffer.from(`= Battle of Ostry Ford =\n\nInfobox\n- Conflict: Battle of Ostry Ford\n- Date: 3 May 1500\n- Combatant1: Alder\n- Combatant2: Birch\n- Commander1: ${c1}\n- Commander2: ${c2}\n\nThe Battle of Ostry Ford was fought on 3 May 1500.\n${prose}\n`),
      ).event.sides.map((s) => s.commanders.map((c) => c.name));
    expect(article("Arbak Temur Sidan Orlu", "Kono Masatsune Ueda Yoshikane", "Arbak crossed first. Temur held the ford while Sidan and Orlu waited. The Kono army camped on the hill; Masatsune and Yoshikane met at dawn, and Ueda troops held the left.")).toEqual([
      ["Arbak", "Temur", "Sidan", "Orlu"],
      ["Kono Masatsune", "Ueda Yoshikane"],
    ]);
  });
});

describe("held23c rules", () => {
  it("lets a saint's name after a particle take the word after it", () => {
    expect(people("Manuel Ortiz de Santa Rosa Tomás Vela†")).toEqual([
      ["Manuel Ortiz de Santa Rosa", null, null],
      ["Tomás Vela", null, "KIA"],
    ]);
  });

  it("reads Rao and Singh as words after a given name that never start a person", () => {
    expect(people("Madhav Rao Pethe Tukoji Rao Gaikar Ram Singh Bhati")).toEqual([
      ["Madhav Rao Pethe", null, null],
      ["Tukoji Rao Gaikar", null, null],
      ["Ram Singh Bhati", null, null],
    ]);
    expect(people("Amar Singh Jodh Singh")).toEqual([
      ["Amar Singh", null, null],
      ["Jodh Singh", null, null],
    ]);
  });

  it("ends a person at a bracket holding an alias or a term, but keeps a one-word nickname between given name and surname", () => {
    expect(people("Nur ad-Dawla (Nuradin) Al-Mansur II")).toEqual([
      ["Nur ad-Dawla", null, null],
      ["Al-Mansur II", null, null],
    ]);
    expect(people("Pedro (Perico) Arrieta, Luis Oca")).toEqual([
      ["Pedro Arrieta", null, null],
      ["Luis Oca", null, null],
    ]);
  });

  it("lets 'Abi'/'Abu' after ibn take the word after it", () => {
    expect(people("Said ibn Abi Rafi Omar ibn Zayd")).toEqual([
      ["Said ibn Abi Rafi", null, null],
      ["Omar ibn Zayd", null, null],
    ]);
  });
});

describe("held24c rules", () => {
  it("names a Lord by one title word in a cell that lost its line breaks", () => {
    expect(people("Lord Ashcombe Hasan Rıza Pasha")).toEqual([
      ["Ashcombe", "Lord", null],
      ["Hasan Rıza Pasha", null, null],
    ]);
    expect(people("Lord Edmund Fane")).toEqual([["Edmund Fane", "Lord", null]]);
  });
});

describe("held25c rules", () => {
  it("breaks an otherwise equal cut at a common given name", () => {
    expect(people("Carl Erik Stenfeldt Ivan Sirko")).toEqual([
      ["Carl Erik Stenfeldt", null, null],
      ["Ivan Sirko", null, null],
    ]);
  });
});

