using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentApi.Data.Configurations;

// Read-only views (see ArticleLists.cs); the ArticleListViews migration creates them.

internal sealed class ArticleAuthorListConfiguration : IEntityTypeConfiguration<ArticleAuthorList>
{
    public void Configure(EntityTypeBuilder<ArticleAuthorList> builder) => builder.HasNoKey().ToView("article_author_lists");
}

internal sealed class ArticleTagListConfiguration : IEntityTypeConfiguration<ArticleTagList>
{
    public void Configure(EntityTypeBuilder<ArticleTagList> builder) => builder.HasNoKey().ToView("article_tag_lists");
}

internal sealed class ArticleTranslationListConfiguration : IEntityTypeConfiguration<ArticleTranslationList>
{
    public void Configure(EntityTypeBuilder<ArticleTranslationList> builder) => builder.HasNoKey().ToView("article_translation_lists");
}

internal sealed class ArticleRelatedLinkListConfiguration : IEntityTypeConfiguration<ArticleRelatedLinkList>
{
    public void Configure(EntityTypeBuilder<ArticleRelatedLinkList> builder) => builder.HasNoKey().ToView("article_related_link_lists");
}
