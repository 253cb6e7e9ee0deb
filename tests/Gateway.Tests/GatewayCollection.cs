using Xunit;

namespace Gateway.Tests;

/// <summary>One platform (two services and the gateway) shared by the gateway tests that do not trip limits.</summary>
[CollectionDefinition(nameof(GatewayCollection))]
public sealed class GatewayCollection : ICollectionFixture<PlatformUnderTest>;
