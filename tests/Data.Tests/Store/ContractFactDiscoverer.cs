using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphTraining.Data.Tests.Store;

public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return SkipReason(testMethod) is { } reason
            ? new SkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)
            : new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod);
    }

    /// <summary>The concrete class's <c>public static string? SkipReason</c>, when it has one and it is set.</summary>
    internal static string? SkipReason(ITestMethod testMethod) =>
        testMethod.TestClass.Class.ToRuntimeType()
            .GetProperty("SkipReason", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?
            .GetValue(null) as string;
}
