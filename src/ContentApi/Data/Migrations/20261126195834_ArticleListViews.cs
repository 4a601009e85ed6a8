using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleListViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One row per article and list, each list a JSON array in the shape of the API's list items, in the order
            // the API shows them (see Data/ArticleLists.cs). Reads select them by article id; PostgreSQL pushes that id
            // into the GROUP BY, so a page of twenty reads twenty index probes per list, not the whole view.
            migrationBuilder.Sql("""
                CREATE VIEW article_author_lists AS
                SELECT byline.article_id,
                       json_agg(json_build_object('id', author.id, 'slug', author.slug, 'name', author.name)
                                ORDER BY byline.position, byline.author_id)::text AS value
                FROM article_authors AS byline
                JOIN authors AS author ON author.id = byline.author_id
                GROUP BY byline.article_id;

                CREATE VIEW article_tag_lists AS
                SELECT tagging.article_id,
                       json_agg(json_build_object('id', tag.id, 'slug', tag.slug, 'name', tag.name, 'kind', tag.kind)
                                ORDER BY tagging.position, tagging.tag_id)::text AS value
                FROM article_tags AS tagging
                JOIN tags AS tag ON tag.id = tagging.tag_id
                GROUP BY tagging.article_id;

                -- value: every other language, for editors; published_value: the public's, which never names a draft.
                CREATE VIEW article_translation_lists AS
                SELECT article.id AS article_id,
                       json_agg(json_build_object('language', other.language, 'slug', other.slug)
                                ORDER BY other.language, other.id)::text AS value,
                       json_agg(json_build_object('language', other.language, 'slug', other.slug)
                                ORDER BY other.language, other.id) FILTER (WHERE other.status = 'published')::text AS published_value
                FROM articles AS article
                JOIN articles AS other ON other.translation_group_id = article.translation_group_id AND other.id <> article.id
                GROUP BY article.id;

                -- value: every link, for editors; published_value: without links to unpublished articles. Dates as UTC
                -- with a Z, whatever the session's time zone.
                CREATE VIEW article_related_link_lists AS
                SELECT link.article_id,
                       json_agg(item.value ORDER BY link.position, link.id)::text AS value,
                       json_agg(item.value ORDER BY link.position, link.id)
                           FILTER (WHERE target.id IS NULL OR target.status = 'published')::text AS published_value
                FROM related_links AS link
                LEFT JOIN articles AS target ON target.id = link.target_article_id
                LEFT JOIN tags AS kicker ON kicker.id = target.primary_tag_id
                CROSS JOIN LATERAL (SELECT json_build_object(
                    'id', link.id, 'url', link.url, 'title', link.title,
                    'target', CASE WHEN target.id IS NULL THEN NULL ELSE json_build_object(
                        'slug', target.slug, 'language', target.language, 'title', target.title, 'type', target.type,
                        'publishedAt', to_char(target.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'primaryTag', CASE WHEN kicker.id IS NULL THEN NULL
                                           ELSE json_build_object('slug', kicker.slug, 'name', kicker.name, 'kind', kicker.kind) END) END)
                    AS value) AS item
                GROUP BY link.article_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP VIEW article_related_link_lists;
                DROP VIEW article_translation_lists;
                DROP VIEW article_tag_lists;
                DROP VIEW article_author_lists;
                """);
        }
    }
}
