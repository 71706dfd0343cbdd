import "server-only";
import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ArticleDoc, Block, ClauseDoc, Run } from "@/lib/agreements/types";
import type { AgreementTexts } from "@/lib/agreements/texts";
import { styles } from "../styles";

// Clause text is data (runs of plain text) rendered as text nodes: markup in it is shown as typed.
//
// An article is laid out as a flat list of units (a paragraph, a list item), each with its number
// or marker in a hanging indent. Units are not split across pages unless they are long, and some
// are glued to the next one: a heading to the first clause, "... the following:" to the first item
// of its list. So a page never ends with a lone heading, a clause number or an introduction.

const CLAUSE_NUMBER_WIDTH = 30;
const SUB_CLAUSE_NUMBER_WIDTH = 38;
const MARKER_WIDTH = 16;
/** Roughly the characters on one line of body text; longer units may be split across pages. */
const CHARS_PER_LINE = 90;
const MAX_UNSPLIT_LINES = 12;

type Unit = {
  left: number;
  label: string | null;
  labelWidth: number;
  content: ReactNode;
  chars: number;
  glueToNext: boolean;
  spaceAfter: number;
};

function runStyle(run: Run) {
  if (run.bold && run.italic) return styles.boldItalic;
  if (run.bold) return styles.bold;
  if (run.italic) return styles.italic;
  return undefined;
}

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, i) => (
        <Text key={i} style={runStyle(run)}>
          {run.text.normalize("NFC")}
        </Text>
      ))}
    </>
  );
}

const length = (runs: Run[]) => runs.reduce((sum, run) => sum + run.text.length, 0);

/** a, b, ..., z, aa, ab, ...: ordered items get letters, as usual in Dutch contracts ("7.3 sub b"). */
function letter(index: number): string {
  let n = index;
  let label = "";
  do {
    label = String.fromCharCode(97 + (n % 26)) + label;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return label;
}

function clauseUnits(clause: ClauseDoc, number: string, left: number, numberWidth: number, units: Unit[]): void {
  const textLeft = left + numberWidth;
  let isFirst = true;
  const take = (unit: Omit<Unit, "left" | "label" | "labelWidth">, marker?: { label: string; width: number }) => {
    if (isFirst) {
      // The clause number hangs in front of the first unit; a list item first gets an extra indent.
      units.push({ ...unit, left, label: number, labelWidth: numberWidth, content: marker ? <ListItem marker={marker.label} content={unit.content} /> : unit.content });
    } else if (marker) {
      units.push({ ...unit, left: textLeft, label: marker.label, labelWidth: marker.width });
    } else {
      units.push({ ...unit, left: textLeft, label: null, labelWidth: 0 });
    }
    isFirst = false;
  };

  clause.content.forEach((block: Block, b) => {
    const isLastBlock = b === clause.content.length - 1;
    if (block.type === "paragraph") {
      const next = clause.content[b + 1];
      take({
        content: (
          <Text style={styles.text}>
            <Runs runs={block.runs} />
          </Text>
        ),
        chars: length(block.runs),
        glueToNext: next?.type === "list",
        spaceAfter: isLastBlock ? 0 : 4,
      });
    } else {
      block.items.forEach((item, i) => {
        take(
          {
            content: (
              <Text style={styles.listText}>
                <Runs runs={item} />
              </Text>
            ),
            chars: length(item),
            glueToNext: false,
            spaceAfter: i === block.items.length - 1 ? (isLastBlock ? 0 : 4) : 2,
          },
          { label: block.ordered ? `${letter(i)}.` : "•", width: MARKER_WIDTH },
        );
      });
    }
  });
  if (isFirst) take({ content: <Text style={styles.text}> </Text>, chars: 0, glueToNext: false, spaceAfter: 0 });

  clause.children.forEach((child, k) => {
    units[units.length - 1].spaceAfter = Math.max(units[units.length - 1].spaceAfter, 2);
    clauseUnits(child, `${number}.${k + 1}`, textLeft, SUB_CLAUSE_NUMBER_WIDTH, units);
  });
  units[units.length - 1].spaceAfter = Math.max(units[units.length - 1].spaceAfter, 3);
}

function ListItem({ marker, content }: { marker: string; content: ReactNode }) {
  return (
    <View style={styles.listItem}>
      <Text style={styles.listMarker}>{marker}</Text>
      <View style={styles.clauseBody}>{content}</View>
    </View>
  );
}

function UnitRow({ unit }: { unit: Unit }) {
  return (
    <View style={[styles.clauseRow, { marginLeft: unit.left, marginBottom: unit.spaceAfter }]}>
      {unit.labelWidth > 0 ? <Text style={[styles.clauseNumber, { width: unit.labelWidth }]}>{unit.label ?? ""}</Text> : null}
      <View style={styles.clauseBody}>{unit.content}</View>
    </View>
  );
}

const isShort = (unit: Unit) => unit.chars / CHARS_PER_LINE <= MAX_UNSPLIT_LINES;

export function Articles({ articles, t }: { articles: ArticleDoc[]; t: AgreementTexts }) {
  return (
    <>
      {articles.map((article, a) => {
        const units: Unit[] = [];
        article.clauses.forEach((clause, m) => clauseUnits(clause, `${a + 1}.${m + 1}`, 0, CLAUSE_NUMBER_WIDTH, units));
        // Groups of units that stay on one page: the heading with the first unit, an introduction with its first item.
        const groups: { units: Unit[]; withHeading: boolean }[] = [];
        let current: Unit[] = [];
        units.forEach((unit, i) => {
          current.push(unit);
          if (!unit.glueToNext || i === units.length - 1) {
            groups.push({ units: current, withHeading: groups.length === 0 });
            current = [];
          }
        });
        if (groups.length === 0) groups.push({ units: [], withHeading: true });
        const heading = (
          <Text style={a === 0 ? styles.firstArticleHeading : styles.articleHeading}>
            {t.article(a + 1)} {article.title.normalize("NFC")}
          </Text>
        );
        return (
          <View key={a}>
            {groups.map((group, g) => (
              <View key={g} wrap={!group.units.every(isShort)}>
                {group.withHeading ? heading : null}
                {group.units.map((unit, u) => (
                  <UnitRow key={u} unit={unit} />
                ))}
              </View>
            ))}
          </View>
        );
      })}
    </>
  );
}
