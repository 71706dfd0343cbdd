"use client";
import { memo } from "react";
import { articleNumber, clauseNumber } from "@/lib/agreements/numbering";
import { Card } from "@/components/ui/card";
import { AddButton, EditorField, FieldMessageText, IconButton, SubClauseIcon, editorInputClass } from "./controls";
import { ClauseText } from "./clause-text";
import { DragHandle, DropLine, altArrow, useDragReorder, type DragList, type DropEdge } from "./drag-reorder";
import { useEditor } from "./editor-context";
import { newKey, type Direction, type EditorArticle, type EditorClause } from "./editor-state";
import { DeleteButton, MoveButtons } from "./item-actions";
import { SectionHeading } from "./section";

export const ArticlesSection = memo(function ArticlesSection({ articles }: { articles: EditorArticle[] }) {
  const { t, dispatch, isReadOnly, messageAt, focusSoon, announce } = useEditor();
  const listMessage = messageAt("articles");
  const { api: drag, drop } = useDragReorder("articles", (from, to) => {
    dispatch({ type: "moveArticleTo", from, to });
    announce(t("editor.moved", { what: t("editor.article.what", { n: articleNumber(from) }), position: to + 1 }));
  });
  return (
    <section id="articles" aria-labelledby="articles-heading" tabIndex={-1} className="scroll-mt-44 lg:scroll-mt-28 space-y-5 focus:outline-none">
      <SectionHeading id="articles" title={t("editor.articles.heading")} lead={t("editor.articles.lead")} />
      {articles.length === 0 ? (
        <Card className="p-6 text-sm text-slate-600">
          {t("editor.articles.empty")}
          <FieldMessageText message={listMessage} />
        </Card>
      ) : null}
      {articles.map((article, a) => (
        <ArticleCard
          key={article.key}
          article={article}
          a={a}
          count={articles.length}
          neighbourKey={(articles[a + 1] ?? articles[a - 1])?.key}
          drag={drag}
          dropEdge={drop?.index === a ? drop.edge : undefined}
        />
      ))}
      {!isReadOnly ? (
        <AddButton
          id="add-article"
          data-path="articles"
          className="ring-1 ring-inset ring-blue-200"
          onClick={() => {
            const key = newKey();
            dispatch({ type: "addArticle", key, clauseKey: newKey() });
            focusSoon(`${key}-title`);
          }}
        >
          {t("editor.articles.add")}
        </AddButton>
      ) : null}
    </section>
  );
});

// Memoized: typing in one article leaves the twelve others alone.
const ArticleCard = memo(function ArticleCard({
  article, a, count, neighbourKey, drag, dropEdge,
}: {
  article: EditorArticle;
  a: number;
  count: number;
  /** Where focus goes when this article is deleted. */
  neighbourKey?: string;
  drag: DragList;
  dropEdge?: DropEdge;
}) {
  const { t, dispatch, isReadOnly, messageAt, problemsUnder, focusSoon, announce } = useEditor();
  const number = articleNumber(a);
  const clauseDrag = useDragReorder(`clauses:${article.key}`, (from, to) => {
    dispatch({ type: "moveClauseTo", a, from, to });
    announce(t("editor.moved", { what: t("editor.clause.what", { number: clauseNumber(a, from) }), position: to + 1 }));
  });
  const headingId = `${article.key}-heading`;
  const what = t("editor.article.what", { n: number });
  const problemCount = problemsUnder(`articles.${a}`);
  const isEmpty = !article.title.trim() && article.clauses.every((c) => !c.text.trim() && c.children.length === 0);
  return (
    <section
      id={`article-${article.key}`}
      aria-labelledby={headingId}
      className="relative scroll-mt-44 lg:scroll-mt-28 focus:outline-none"
      tabIndex={-1}
      {...(isReadOnly ? {} : drag.itemProps(a))}
    >
      <DropLine edge={dropEdge} inset="-0.75rem" />
      <Card className="overflow-hidden">
        <div className="border-b border-slate-100 bg-slate-50/60 px-4 py-3 sm:px-5">
          <div className="flex min-h-8 items-center gap-2">
            {!isReadOnly ? <DragHandle label={t("editor.dragToMove", { what })} props={drag.handleProps(a)} /> : null}
            <h3 id={headingId} className="text-xs font-semibold uppercase tracking-wider text-slate-500">
              {t("editor.article.number", { n: number })}
            </h3>
            {problemCount > 0 ? (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                {t("editor.problemsShort", { count: problemCount })}
              </span>
            ) : null}
            {!isReadOnly ? (
              <div className="ml-auto flex items-center gap-0.5">
                <MoveButtons itemKey={article.key} index={a} count={count} what={what} action={(dir) => ({ type: "moveArticle", a, dir })} />
                <DeleteButton
                  what={what}
                  isEmpty={isEmpty}
                  question={t("editor.article.confirmDelete", { n: number, title: article.title || "…", count: article.clauses.length })}
                  focusAfter={neighbourKey ? `${neighbourKey}-title` : "add-article"}
                  onDelete={() => dispatch({ type: "removeArticle", a })}
                />
              </div>
            ) : null}
          </div>
          <EditorField
            id={`${article.key}-title`}
            label={t("editor.article.titleOf", { n: number })}
            hideLabel
            message={messageAt(`articles.${a}.title`)}
            className="mt-1"
          >
            {(a11y) => (
              <input
                {...a11y}
                data-path={`articles.${a}.title`}
                value={article.title}
                readOnly={isReadOnly}
                maxLength={200}
                placeholder={t("editor.article.titlePlaceholder")}
                onChange={(e) => dispatch({ type: "articleTitle", a, value: e.target.value })}
                onKeyDown={(e) => {
                  const dir = altArrow(e);
                  if (!dir || isReadOnly) return;
                  e.preventDefault();
                  if (a + dir < 0 || a + dir >= count) return;
                  dispatch({ type: "moveArticle", a, dir });
                  announce(t("editor.moved", { what, position: a + dir + 1 }));
                  focusSoon(`${article.key}-title`);
                }}
                className={`${editorInputClass} text-base font-semibold sm:text-base`}
              />
            )}
          </EditorField>
        </div>

        {article.clauses.length > 0 ? (
          <ol className="divide-y divide-slate-100" aria-label={t("editor.article.clausesOf", { n: number })}>
            {article.clauses.map((clause, c) => (
              <ClauseRow
                key={clause.key}
                articleKey={article.key}
                clause={clause}
                a={a}
                c={c}
                count={article.clauses.length}
                neighbourKey={(article.clauses[c + 1] ?? article.clauses[c - 1])?.key}
                drag={clauseDrag.api}
                dropEdge={clauseDrag.drop?.index === c ? clauseDrag.drop.edge : undefined}
              />
            ))}
          </ol>
        ) : null}

        <div className="border-t border-slate-100 px-4 py-2 sm:px-5">
          <FieldMessageText message={messageAt(`articles.${a}.clauses`)} />
          {!isReadOnly ? (
            <AddButton
              id={`${article.key}-add-clause`}
              data-path={`articles.${a}.clauses`}
              onClick={() => {
                const key = newKey();
                dispatch({ type: "addClause", a, key });
                focusSoon(`${key}-text`);
              }}
            >
              {t("editor.clause.add", { n: number })}
            </AddButton>
          ) : null}
        </div>
      </Card>
    </section>
  );
});

function ClauseRow({
  articleKey, clause, a, c, count, neighbourKey, drag, dropEdge,
}: {
  articleKey: string;
  clause: EditorClause;
  a: number;
  c: number;
  count: number;
  neighbourKey?: string;
  drag: DragList;
  dropEdge?: DropEdge;
}) {
  const { t, dispatch, isReadOnly, focusSoon, announce } = useEditor();
  const number = clauseNumber(a, c);
  const what = t("editor.clause.what", { number });
  // Alt+ArrowUp / Alt+ArrowDown in the text: the clause moves, the cursor stays where it was.
  const moveBy = (dir: Direction, k?: number) => {
    if (k === undefined) {
      if (c + dir < 0 || c + dir >= count) return;
      dispatch({ type: "moveClause", a, c, dir });
      announce(t("editor.moved", { what, position: c + dir + 1 }));
      focusSoon(`${clause.key}-text`);
    } else {
      if (k + dir < 0 || k + dir >= clause.children.length) return;
      dispatch({ type: "moveSubClause", a, c, k, dir });
      announce(t("editor.moved", { what: t("editor.clause.what", { number: clauseNumber(a, c, k) }), position: k + dir + 1 }));
      focusSoon(`${clause.children[k].key}-text`);
    }
  };
  const question = clause.children.length
    ? t("editor.clause.confirmDeleteWithSub", { number, count: clause.children.length })
    : t("editor.clause.confirmDelete", { number });
  return (
    <li className="relative px-4 pb-1 pt-3 sm:px-5" {...(isReadOnly ? {} : drag.itemProps(c))}>
      <DropLine edge={dropEdge} inset="-0.125rem" />
      <ClauseText
        unit={clause}
        number={number}
        path={`articles.${a}.clauses.${c}`}
        onChange={(value) => dispatch({ type: "clauseText", a, c, value })}
        onMove={(dir) => moveBy(dir)}
        actions={
          isReadOnly ? null : (
            <>
              <DragHandle label={t("editor.dragToMove", { what })} props={drag.handleProps(c)} />
              <MoveButtons itemKey={clause.key} index={c} count={count} what={what} action={(dir) => ({ type: "moveClause", a, c, dir })} />
              <IconButton
                label={t("editor.subClause.add", { number })}
                icon={<SubClauseIcon />}
                onClick={() => {
                  const key = newKey();
                  dispatch({ type: "addSubClause", a, c, key });
                  focusSoon(`${key}-text`);
                }}
              />
              <DeleteButton
                what={what}
                question={question}
                isEmpty={!clause.text.trim() && clause.children.length === 0}
                focusAfter={neighbourKey ? `${neighbourKey}-text` : `${articleKey}-add-clause`}
                onDelete={() => dispatch({ type: "removeClause", a, c })}
              />
            </>
          )
        }
      />
      {clause.children.length > 0 ? (
        <ol className="mt-1 space-y-1 border-l-2 border-slate-100 pl-3 sm:ml-12 sm:pl-4" aria-label={t("editor.subClause.listOf", { number })}>
          {clause.children.map((child, k) => {
            const childNumber = clauseNumber(a, c, k);
            const childWhat = t("editor.clause.what", { number: childNumber });
            return (
              <li key={child.key}>
                <ClauseText
                  unit={child}
                  number={childNumber}
                  path={`articles.${a}.clauses.${c}.children.${k}`}
                  onChange={(value) => dispatch({ type: "subClauseText", a, c, k, value })}
                  onMove={(dir) => moveBy(dir, k)}
                  actions={
                    isReadOnly ? null : (
                      <>
                        <MoveButtons
                          itemKey={child.key}
                          index={k}
                          count={clause.children.length}
                          what={childWhat}
                          action={(dir) => ({ type: "moveSubClause", a, c, k, dir })}
                        />
                        <DeleteButton
                          what={childWhat}
                          question={t("editor.clause.confirmDelete", { number: childNumber })}
                          isEmpty={!child.text.trim()}
                          focusAfter={`${clause.key}-text`}
                          onDelete={() => dispatch({ type: "removeSubClause", a, c, k })}
                        />
                      </>
                    )
                  }
                />
              </li>
            );
          })}
        </ol>
      ) : null}
    </li>
  );
}
