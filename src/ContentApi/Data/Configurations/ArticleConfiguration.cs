using ContentApi.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace ContentApi.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.Property(a => a.Summary).HasMaxLength(1000);

        // The two values big enough to be compressed out of line (TOAST): lz4 compresses and decompresses several times
        // faster than PostgreSQL's default pglz, for slightly larger storage. Seeding 100k articles, COPY went from
        // ~4,800 to ~6,200 articles a second and the GIN build, which reads every vector, from 6.7 s to 5.2 s.
        builder.Property(a => a.BodyHtml).UseCompressionMethod("lz4");
        builder.Property(a => a.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        builder.Ignore(a => a.IsPublished);

        // The search vectors belong to the database: the trigger articles_search_vectors (migration SearchVectorsByTrigger)
        // computes them from the text on every insert and text update. EF Core never writes them nor reads them back.
        foreach (var vector in new[] { SearchVector.Property, SearchVector.HeadlineProperty, SearchVector.TitleProperty })
        {
            var property = builder.Property<NpgsqlTsVector>(vector).UseCompressionMethod("lz4").Metadata;
            property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }

        builder.HasOne(a => a.PrimaryTag).WithMany().HasForeignKey(a => a.PrimaryTagId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Authors).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.RelatedLinks).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.OldSlugs).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Authors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.RelatedLinks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.OldSlugs).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Slugs are unique per language: /news/{slug}/ exists once in English and once in Spanish. Slug first, so a
        // lookup by slug alone (no lang) is served by the same index (ix_articles_slug_language).
        builder.HasIndex(a => new { a.Slug, a.Language }).IsUnique();

        // The published listings, newest first: the default list, sitemap and keyset pages (ix_articles_published_at_id).
        builder.HasIndex(a => new { a.PublishedAt, a.Id })
            .IsDescending(true, true).HasFilter("status = 'published'");
        builder.HasIndex(a => new { a.Language, a.PublishedAt, a.Id })
            .IsDescending(false, true, true).HasFilter("status = 'published'");
        builder.HasIndex(a => new { a.Type, a.PublishedAt, a.Id })
            .IsDescending(false, true, true).HasFilter("status = 'published'");

        // Recently changed first, every status (ix_articles_updated_at_id): editors' lists, drafts included, and the public
        // sort=-updatedAt, which skips the few per cent that are not published as it walks. Partial (published only), an
        // editor's draft list at 1M articles was a parallel seq scan of the table: ~250 ms a page, both cores.
        builder.HasIndex(a => new { a.UpdatedAt, a.Id })
            .IsDescending(true, true);

        // The scheduler's only query: what is due (ix_articles_scheduled_at).
        builder.HasIndex(a => a.ScheduledAt).HasFilter("status = 'scheduled'");
        builder.HasIndex(a => a.TranslationGroupId);
        builder.HasIndex(SearchVector.Property).HasMethod("gin");

        builder.ToTable(table =>
        {
            table.HasCheckConstraint("ck_articles_type", "type IN ('brief','news','analysis','investigation','report','organization')");
            table.HasCheckConstraint("ck_articles_status", "status IN ('draft','scheduled','published')");
            table.HasCheckConstraint("ck_articles_published_at", "status <> 'published' OR published_at IS NOT NULL");
            table.HasCheckConstraint("ck_articles_scheduled_at", "status <> 'scheduled' OR scheduled_at IS NOT NULL");
        });
    }
}

internal sealed class ArticleAuthorConfiguration : IEntityTypeConfiguration<ArticleAuthor>
{
    public void Configure(EntityTypeBuilder<ArticleAuthor> builder)
    {
        builder.HasKey(a => new { a.ArticleId, a.AuthorId });
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.Cascade);

        // An author's page, newest first, from one index (ix_article_authors_author_id_published_at_article_id).
        builder.HasIndex(a => new { a.AuthorId, a.PublishedAt, a.ArticleId })
            .IsDescending(false, true, true).HasFilter("published_at IS NOT NULL");
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> builder)
    {
        builder.HasKey(t => new { t.ArticleId, t.TagId });
        builder.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);

        // A tag page, newest first, from one index (ix_article_tags_tag_id_published_at_article_id); also the tag filters' semi-joins.
        builder.HasIndex(t => new { t.TagId, t.PublishedAt, t.ArticleId })
            .IsDescending(false, true, true).HasFilter("published_at IS NOT NULL");
    }
}

internal sealed class ArticleSlugConfiguration : IEntityTypeConfiguration<ArticleSlug>
{
    public void Configure(EntityTypeBuilder<ArticleSlug> builder)
    {
        builder.HasKey(s => new { s.ArticleId, s.Slug });
        builder.Property(s => s.Slug).HasMaxLength(120);
        builder.HasIndex(s => s.Slug);
    }
}

internal sealed class RelatedLinkConfiguration : IEntityTypeConfiguration<RelatedLink>
{
    public void Configure(EntityTypeBuilder<RelatedLink> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Url).HasMaxLength(2048);
        builder.Property(l => l.Title).HasMaxLength(300);
        builder.HasIndex(l => new { l.ArticleId, l.Position });
        builder.HasIndex(l => l.TargetArticleId);
        builder.HasOne(l => l.TargetArticle).WithMany().HasForeignKey(l => l.TargetArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(table => table.HasCheckConstraint(
            "ck_related_links_target", "(target_article_id IS NULL) <> (url IS NULL)"));
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasKey(r => new { r.ArticleId, r.Number });
        builder.Property(r => r.Snapshot).HasColumnType("jsonb");
        builder.Property(r => r.SavedBy).HasMaxLength(200);
        builder.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleChangeConfiguration : IEntityTypeConfiguration<ArticleChange>
{
    public void Configure(EntityTypeBuilder<ArticleChange> builder)
    {
        builder.Property(c => c.Id).UseIdentityAlwaysColumn();
        builder.Property(c => c.Slug).HasMaxLength(120);
        builder.Property(c => c.Language).HasMaxLength(8);

        // The writing transaction's id; see SyncEndpoints for why the feed is ordered by it.
        builder.Property(c => c.TransactionId)
            .HasDefaultValueSql("(pg_current_xact_id()::text)::bigint")
            .ValueGeneratedOnAdd();
        builder.HasIndex(c => new { c.TransactionId, c.Id });
    }
}

internal sealed class ArticleFeedbackConfiguration : IEntityTypeConfiguration<ArticleFeedback>
{
    public void Configure(EntityTypeBuilder<ArticleFeedback> builder)
    {
        builder.HasKey(f => f.ArticleId);
        builder.HasOne<Article>().WithOne().HasForeignKey<ArticleFeedback>(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
