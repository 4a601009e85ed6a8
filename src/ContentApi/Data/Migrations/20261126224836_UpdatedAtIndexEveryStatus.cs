using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentApi.Data.Migrations
{
    /// <inheritdoc />
    public partial class UpdatedAtIndexEveryStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_updated_at_id",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_updated_at_id",
                table: "articles",
                columns: new[] { "updated_at", "id" },
                descending: new bool[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_articles_updated_at_id",
                table: "articles");

            migrationBuilder.CreateIndex(
                name: "ix_articles_updated_at_id",
                table: "articles",
                columns: new[] { "updated_at", "id" },
                descending: new bool[0],
                filter: "status = 'published'");
        }
    }
}
