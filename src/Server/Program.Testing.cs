// Lets WebApplicationFactory<Program> reach the top-level program from the test projects.
public partial class Program;
