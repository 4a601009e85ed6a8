using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlugFirstUniqueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_language_slug",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_slug_language",
                table: "articles",
                columns: new[] { "slug", "language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_slug_language",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_language_slug",
                table: "articles",
                columns: new[] { "language", "slug" },
                unique: true);
        }
    }
}
