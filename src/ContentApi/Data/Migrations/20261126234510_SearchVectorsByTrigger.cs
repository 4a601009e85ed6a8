using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <summary>
    /// The three search vectors stop being generated columns and are kept by a trigger instead, computed the same way
    /// (title once, summary once) on every insert and on updates that set a text column. A generated column cannot be
    /// written, so a bulk load had to have the server compute ~0.9 ms of to_tsvector per article: eight of the seed's
    /// twelve minutes at a million. A session that sets content_api.search_vectors_supplied = on may insert vectors it
    /// computed itself (the dataset generator does, and its test checks them against this function). Updates that
    /// only change status, dates or tags no longer recompute the vectors either.
    /// </summary>
    public partial class SearchVectorsByTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE articles ALTER COLUMN search_vector DROP EXPRESSION;
                ALTER TABLE articles ALTER COLUMN headline_vector DROP EXPRESSION;
                ALTER TABLE articles ALTER COLUMN title_vector DROP EXPRESSION;

                CREATE FUNCTION articles_search_vectors() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    configuration regconfig := (CASE NEW.language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END);
                BEGIN
                    IF TG_OP = 'INSERT' AND current_setting('content_api.search_vectors_supplied', true) = 'on'
                       AND NEW.search_vector IS NOT NULL AND NEW.headline_vector IS NOT NULL AND NEW.title_vector IS NOT NULL THEN
                        RETURN NEW;
                    END IF;

                    NEW.title_vector := to_tsvector(configuration, NEW.title);
                    NEW.headline_vector := setweight(NEW.title_vector, 'A') || setweight(to_tsvector(configuration, NEW.summary), 'B');
                    NEW.search_vector := NEW.headline_vector || setweight(to_tsvector(configuration, NEW.body_html), 'C');
                    RETURN NEW;
                END
                $$;

                CREATE TRIGGER articles_search_vectors
                    BEFORE INSERT OR UPDATE OF language, title, summary, body_html, search_vector, headline_vector, title_vector
                    ON articles FOR EACH ROW EXECUTE FUNCTION articles_search_vectors();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL cannot make an existing column generated: drop the columns (and the GIN index) and add them back.
            migrationBuilder.Sql("""
                DROP TRIGGER articles_search_vectors ON articles;
                DROP FUNCTION articles_search_vectors();
                ALTER TABLE articles DROP COLUMN search_vector, DROP COLUMN headline_vector, DROP COLUMN title_vector;
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector((CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END), title), 'A') || setweight(to_tsvector((CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END), summary), 'B') || setweight(to_tsvector((CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END), body_html), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "headline_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector((CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END), title), 'A') || setweight(to_tsvector((CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END), summary), 'B')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "title_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector((CASE language WHEN 'en' THEN 'english'::regconfig WHEN 'es' THEN 'spanish_unaccent'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'it' THEN 'italian'::regconfig ELSE 'simple'::regconfig END), title)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.Sql("ALTER TABLE articles ALTER COLUMN search_vector SET STATISTICS 1000;");
        }
    }
}
